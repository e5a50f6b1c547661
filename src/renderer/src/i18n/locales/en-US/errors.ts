export default {
  unknown: 'An unknown error occurred. Please try again',
  host: {
    cancelled: 'The operation was cancelled',
    'invalid-argument': 'The request was malformed and was not carried out',
    'forbidden-sender': 'The request did not come from the application and was refused',
    'too-large': 'The file is too large to process',
    'not-found': 'The file was not found',
    'io-failed': 'Reading or writing the file failed. Check free disk space and permissions',
    'print-failed': 'Printing failed. Check that the printer is available',
    internal: 'Internal error. Please try again; if it keeps failing, contact the administrator',
  },
}
