// Turns file system errors into sentences a user can act on.
export function describeFileError(error: unknown, fileName: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `没有权限访问“${fileName}”，或该文件正被其他程序（如 Word、WPS）打开。请关闭后重试，或换一个位置。`;
    case 'EBUSY':
      return `“${fileName}”正被其他程序占用，请关闭后重试。`;
    case 'ENOSPC':
      return `磁盘空间不足，无法保存“${fileName}”。`;
    case 'EROFS':
      return `“${fileName}”所在的位置是只读的，请换一个位置。`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `找不到“${fileName}”或它所在的文件夹。`;
    case 'EISDIR':
      return `“${fileName}”是一个文件夹，不是文件。`;
    case 'ENAMETOOLONG':
      return `“${fileName}”的路径太长，请换一个较短的位置或文件名。`;
    default:
      return `处理“${fileName}”时出错，请重试。`;
  }
}
