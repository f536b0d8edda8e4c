// Fixed facts of the ZIP format (APPNOTE 4.3, 4.4), as the reader checks them and our writers write them.

/** The record signatures. */
export const ZIP_SIGNATURE = {
  localHeader: 0x04034b50,
  centralHeader: 0x02014b50,
  endOfCentralDirectory: 0x06054b50,
  dataDescriptor: 0x08074b50,
} as const;

/** Bytes of each record's fixed part, before its name, extra field and comment. */
export const ZIP_RECORD_SIZE = { localHeader: 30, centralHeader: 46, endOfCentralDirectory: 22 } as const;

/** Compression methods: the two every unzip reads. */
export const ZIP_METHOD = { stored: 0, deflate: 8 } as const;
/** "Version needed to extract" 2.0: deflate, folders; what Info-ZIP's unzip and every other tool read. */
export const ZIP_VERSION_20 = 20;
/** General purpose flag bit 11: the entry's name is UTF-8. */
export const ZIP_FLAG_UTF8 = 0x800;
/** "Version made by", high byte: Unix (external attributes then hold st_mode in their high 16 bits). */
export const ZIP_OS_UNIX = 3;
/** st_mode's file type bits for a regular file. */
export const S_IFREG = 0o100000;
