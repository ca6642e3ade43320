// Every sentence the roster import shows the user, in one place. Each names the file, and a row
// and column where there is one, as Excel numbers them (the heading is row 1, columns A, B, …).
import { rosterLimits } from './limits';

const count = (n: number) => n.toLocaleString('en-US');

export const rosterFileMessages = {
  empty: '是空文件',
  tooLarge: `超过 ${rosterLimits.maxFileBytes / 2 ** 20} MB，名册文件不会这么大，已拒绝读取`,
  oldExcel:
    '是旧版 Excel 文件（.xls）或设置了打开密码的表格，无法读取。请在 Excel 或 WPS 中“另存为” .xlsx 或 .csv（逗号分隔）后再导入',
  picture: '是一张图片，不是表格。请选择 .xlsx 或 .csv 文件',
  pdf: '是 PDF 文件，不是表格。请选择 .xlsx 或 .csv 文件',
  notTable: '不是 Excel 表格（.xlsx），可能是 Word 文档或其他压缩文件。请选择 .xlsx 或 .csv 文件',
  notXlsx: '不是有效的 Excel 表格（.xlsx），可能已损坏',
  noSheet: '中没有工作表',
  unknownEncoding:
    '的文字编码无法识别（既不是 UTF-8 也不是 GBK）。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入',
  binary: '不是文本表格（.csv），可能选错了文件',
  noRows: '中没有任何数据行',
  tooManyRows: `超过 ${count(rosterLimits.maxRows)} 行，请分成几个文件导入`,
  sheetTooLarge: '中的工作表过大，已拒绝读取',
  unclosedQuote: (row: number) => `第 ${row} 行开始的引号没有结束，文件可能被截断或格式有误`,
  tooManyColumns: (row: number) =>
    `第 ${row} 行超过 ${rosterLimits.maxColumns} 列，不像是名册，已拒绝读取`,
} as const;

/** “名册.xlsx”是空文件 */
export function fileProblem(fileName: string, problem: string): string {
  return `“${fileName}”${problem}`;
}
