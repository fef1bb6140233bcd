/**
 * The QR code of a certificate: the HC1 string in alphanumeric mode (Base45 is the QR alphanumeric
 * alphabet) with error correction level Q, as the HCERT specification recommends (4.2.2).
 */
import QRCode from 'qrcode';

const OPTIONS = { errorCorrectionLevel: 'Q', margin: 4 } as const;

/** PNG, `scale` pixels per module (8 by default: about 800 px for a typical certificate). */
export async function qrPng(hc1: string, scale = 8): Promise<Buffer> {
  return QRCode.toBuffer(hc1, { ...OPTIONS, type: 'png', scale });
}

/** SVG (scalable: the right form for printing at any size). */
export async function qrSvg(hc1: string): Promise<string> {
  return QRCode.toString(hc1, { ...OPTIONS, type: 'svg' });
}
