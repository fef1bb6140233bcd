/**
 * EU Digital COVID Certificates: the calls of the portal (booking code + birth date), of the staff
 * console and of the verifier page, and the shapes they answer.
 */
import { useQuery } from '@tanstack/react-query';
import { call, client, networkError, problemError, type ResponseOf } from '../../api';
import { citizenAuthorization } from '../citizens/session';

export type Certificate = ResponseOf<'/api/v1/staff/vaccinations/{id}/certificate', 'get'>;

/** What the verification API reports, step by step. */
export type VerificationResult = ResponseOf<'/api/v1/public/dcc/verifications', 'post'>;

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
      call(client.GET('/api/v1/public/bookings/{bookingCode}/certificates', { params: { path: { bookingCode }, query: { birthDate } }, signal })).then(
        (r) => r.certificates ?? [],
      ),
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
  return call(client.POST('/api/v1/public/bookings/{bookingCode}/certificates/{id}/mail', { params: { path: { bookingCode, id } }, body: { birthDate } }));
}

// ---- staff console ----

export function staffCertificateKey(vaccinationId: string) {
  return ['staff', 'certificate', vaccinationId] as const;
}

/**
 * The current certificate of a vaccination record. Reading never issues: a record without one (documented
 * before a signing key was there) answers 404 `no-certificate`, and staff issue it with `issueCertificate`.
 */
export function useStaffCertificate(vaccinationId: string, enabled: boolean) {
  return useQuery({
    queryKey: staffCertificateKey(vaccinationId),
    queryFn: ({ signal }) => call(client.GET('/api/v1/staff/vaccinations/{id}/certificate', { params: { path: { id: vaccinationId } }, signal })),
    enabled,
  });
}

/** Issues a certificate for the record: its first, or a new one (e.g. for a lost print-out) that replaces the previous one. */
export function issueCertificate(vaccinationId: string) {
  return call(client.POST('/api/v1/staff/vaccinations/{id}/certificate', { params: { path: { id: vaccinationId } } }));
}

export function staffPdfUrl(id: string, lang: PdfLanguage): string {
  return `/api/v1/staff/certificates/${enc(id)}/pdf?lang=${lang}`;
}

export function staffQrUrl(id: string): string {
  return `/api/v1/staff/certificates/${enc(id)}/qr.png`;
}

export function mailStaffCertificate(id: string) {
  return call(client.POST('/api/v1/staff/certificates/{id}/mail', { params: { path: { id } } }));
}

// ---- verifier ----

export function verifyHc1(hc1: string) {
  return call(client.POST('/api/v1/public/dcc/verifications', { body: { hc1 } }));
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
    throw networkError(err);
  }
  if (!res.ok) {
    let p: unknown;
    try {
      p = await res.json();
    } catch {
      /* not JSON */
    }
    throw problemError(res.status, p, res.statusText);
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
