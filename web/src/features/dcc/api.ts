/**
 * EU Digital COVID Certificates: the calls of the portal (booking code + birth date), of the staff
 * console and of the verifier page, and the shapes they answer.
 */
import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api';
import { citizenAuthorization } from '../citizens/session';

export interface Certificate {
  id: string;
  /** Unique vaccination certificate identifier, e.g. URN:UVCI:01:DE:… */
  uvci: string;
  doseNumber: number;
  seriesDoses: number;
  /** YYYY-MM-DD */
  vaccinatedOn: string;
  /** Catalog id, e.g. `comirnaty`. */
  product: string;
  productName: string;
  issuedAt: string;
  expiresAt: string;
  /** The QR content, `HC1:…`. */
  hc1: string;
  revoked: boolean;
}

/** What the verification API reports, step by step. */
export interface VerificationResult {
  valid: boolean;
  decoded: boolean;
  signatureValid: boolean;
  timeValid: boolean;
  keyUsageValid: boolean;
  schemaValid: boolean;
  valueSetsValid: boolean;
  kid: string | null;
  payload: unknown;
  errors: string[];
}

export type PdfLanguage = 'de' | 'en';

/** The PDF's language: the UI language when it is one of the two the PDF speaks, else German. */
export function pdfLanguage(lng: string): PdfLanguage {
  return lng === 'en' ? 'en' : 'de';
}

const enc = encodeURIComponent;

// ---- portal (booking code + birth date) ----

function publicBase(bookingCode: string): string {
  return `/api/v1/public/bookings/${enc(bookingCode)}/certificates`;
}

export function publicCertificatesKey(bookingCode: string, birthDate: string) {
  return ['public', 'certificates', bookingCode, birthDate] as const;
}

export function usePublicCertificates(bookingCode: string, birthDate: string, enabled: boolean) {
  return useQuery({
    queryKey: publicCertificatesKey(bookingCode, birthDate),
    queryFn: ({ signal }) =>
      api<{ certificates: Certificate[] }>(publicBase(bookingCode), { query: { birthDate }, signal }).then((r) => r.certificates ?? []),
    enabled,
  });
}

export function publicPdfUrl(bookingCode: string, birthDate: string, id: string, lang: PdfLanguage): string {
  return `${publicBase(bookingCode)}/${enc(id)}/pdf?${new URLSearchParams({ birthDate, lang })}`;
}

export function publicQrUrl(bookingCode: string, birthDate: string, id: string): string {
  return `${publicBase(bookingCode)}/${enc(id)}/qr.png?${new URLSearchParams({ birthDate })}`;
}

export function mailPublicCertificate(bookingCode: string, birthDate: string, id: string) {
  return api<{ queued: boolean }>(`${publicBase(bookingCode)}/${enc(id)}/mail`, { method: 'POST', body: { birthDate } });
}

// ---- staff console ----

export function staffCertificateKey(vaccinationId: string) {
  return ['staff', 'certificate', vaccinationId] as const;
}

/** The certificate of a vaccination record; the server issues it on first request. */
export function useStaffCertificate(vaccinationId: string, enabled: boolean) {
  return useQuery({
    queryKey: staffCertificateKey(vaccinationId),
    queryFn: ({ signal }) => api<Certificate>(`/api/v1/staff/vaccinations/${enc(vaccinationId)}/certificate`, { signal }),
    enabled,
  });
}

/** Issues a new certificate for the record (e.g. for a lost print-out); it replaces the previous one. */
export function reissueCertificate(vaccinationId: string) {
  return api<Certificate>(`/api/v1/staff/vaccinations/${enc(vaccinationId)}/certificate`, { method: 'POST' });
}

export function staffPdfUrl(id: string, lang: PdfLanguage): string {
  return `/api/v1/staff/certificates/${enc(id)}/pdf?lang=${lang}`;
}

export function staffQrUrl(id: string): string {
  return `/api/v1/staff/certificates/${enc(id)}/qr.png`;
}

export function mailStaffCertificate(id: string) {
  return api<{ queued: boolean }>(`/api/v1/staff/certificates/${enc(id)}/mail`, { method: 'POST' });
}

// ---- verifier ----

export function verifyHc1(hc1: string) {
  return api<VerificationResult>('/api/v1/public/dcc/verifications', { method: 'POST', body: { hc1 } });
}

// ---- PDF download ----

/** The file name a response's Content-Disposition suggests, if any. */
function suggestedName(res: Response): string | null {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(cd);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(cd);
  return plain ? plain[1].trim() : null;
}

/** Fetches a PDF with the file name the server suggests; a problem answer becomes an ApiError like the JSON calls'. */
export async function fetchPdf(url: string): Promise<{ blob: Blob; fileName: string | null }> {
  let res: Response;
  try {
    // The citizen's session shows the person's own certificates (with verification on, nothing without it).
    const auth = url.startsWith('/api/v1/public/') ? citizenAuthorization() : {};
    res = await fetch(url, { credentials: 'same-origin', headers: { ...auth, accept: 'application/pdf, application/problem+json' } });
  } catch (err) {
    throw new ApiError({ status: 0, title: 'Network error', detail: (err as Error).message });
  }
  if (!res.ok) {
    let p: { type?: string; title?: string; detail?: string } = {};
    try {
      p = (await res.json()) as typeof p;
    } catch {
      /* not JSON */
    }
    throw new ApiError({ type: p.type, title: p.title ?? res.statusText, status: res.status, detail: p.detail });
  }
  const blob = await res.blob();
  return { blob: blob.type === 'application/pdf' ? blob : new Blob([blob], { type: 'application/pdf' }), fileName: suggestedName(res) };
}

/** Saves a blob under a file name (the browser's download). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Opens a PDF in a new tab (for printing); when the browser blocks the new tab, it is downloaded
 * instead. Answers how it was shown.
 */
export function openPdf(blob: Blob, fileName: string): 'opened' | 'downloaded' {
  const url = URL.createObjectURL(blob);
  const win = window.open(url, '_blank');
  if (win) {
    setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
    return 'opened';
  }
  URL.revokeObjectURL(url);
  saveBlob(blob, fileName);
  return 'downloaded';
}

/** File name of a certificate's PDF, e.g. `impfzertifikat-1-de.pdf`. */
export function pdfFileName(cert: Pick<Certificate, 'doseNumber'>, lang: PdfLanguage): string {
  return `${lang === 'en' ? 'vaccination-certificate' : 'impfzertifikat'}-${cert.doseNumber}-${lang}.pdf`;
}
