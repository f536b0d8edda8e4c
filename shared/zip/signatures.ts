/** The record signatures of a ZIP file (APPNOTE 4.3), as the reader checks them and the DOCX packer writes them. */
export const ZIP_SIGNATURE = {
  localHeader: 0x04034b50,
  centralHeader: 0x02014b50,
  endOfCentralDirectory: 0x06054b50,
  dataDescriptor: 0x08074b50,
} as const;
