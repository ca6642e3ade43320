// How big a roster file may be. A township's villages together hold some tens of thousands of
// people; the caps sit well above that and well below what would stall the app.
export const rosterLimits = {
  /** Bytes of the file as chosen (.csv or .xlsx). */
  maxFileBytes: 50 * 2 ** 20,
  /** Bytes of one part inside an .xlsx once inflated (the sheet, the shared strings). */
  maxXlsxPartBytes: 300 * 2 ** 20,
  /** Rows of the sheet, heading included. */
  maxRows: 100_000,
  maxColumns: 200,
} as const;
