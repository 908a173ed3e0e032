export {
  DEFAULT_ESTIMATE_OPTIONS,
  buildDeliveryModel,
  conformalQuantile,
  estimateDelivery,
  narrowestRange,
  sizeBucket,
  splitForCalibration,
  type DeliveryEstimate,
  type DeliveryModel,
  type DeliveryRecord,
  type EstimateOptions,
  type OrderFacts,
} from "./model.js"
export { backtest, carrierAsOf, deliveryRecords, onTimeShare, usualCarriers, type BacktestResult, type OrderHistory } from "./history.js"
