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
export { explainEstimate, type ExplainedEstimate } from "./explain.js"
export { backtest, carrierAsOf, deliveryRecords, johannesburgWeekday, onTimeShare, usualCarriers, type BacktestResult, type OrderHistory } from "./history.js"
