export {
  DEFAULT_ESTIMATE_OPTIONS,
  buildDeliveryModel,
  conformalQuantile,
  estimateDelivery,
  quantile,
  sizeBucket,
  splitForCalibration,
  type DeliveryEstimate,
  type DeliveryModel,
  type DeliveryRecord,
  type EstimateOptions,
  type OrderFacts,
} from "./model.js"
export { backtest, deliveryRecords, onTimeShare, type BacktestResult, type OrderHistory } from "./history.js"
