/** Just enough JPEG reading for the tests: the tags of IFD0 in an EXIF APP1 segment (0x8825 points at GPS data). */
export const GPS_IFD_POINTER = 0x8825;

/** The tags of every EXIF segment's IFD0 before the image data; empty when the file carries no EXIF. */
export function exifIfd0Tags(jpeg: Buffer): number[] {
  if (jpeg.readUInt16BE(0) !== 0xffd8) throw new Error("not a JPEG");
  const tags: number[] = [];
  for (let at = 2; at + 4 <= jpeg.length;) {
    const marker = jpeg.readUInt16BE(at);
    if (marker === 0xffda || marker === 0xffd9) break; // image data starts: no more metadata segments
    const length = jpeg.readUInt16BE(at + 2);
    const payload = jpeg.subarray(at + 4, at + 2 + length);
    if (marker === 0xffe1 && payload.subarray(0, 6).toString("latin1") === "Exif\0\0") {
      const tiff = payload.subarray(6);
      const le = tiff.toString("latin1", 0, 2) === "II";
      const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
      const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
      const ifd0 = u32(4);
      for (let i = 0; i < u16(ifd0); i++) tags.push(u16(ifd0 + 2 + i * 12));
    }
    at += 2 + length;
  }
  return tags;
}
