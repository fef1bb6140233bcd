/** Shared shapes of the EU Digital COVID Certificate module (issuing, verification, trust list). */

/** One entry of a trust list in the EU gateway's format (DGCG /trustList): the DSC as base64 DER. */
export type TrustEntry = {
  /** base64 of the first 8 bytes of the SHA-256 of the DER certificate */
  kid: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  certificateType: 'DSC';
  /** base64 DER */
  rawData: string;
  /** hex SHA-256 of the DER */
  thumbprint: string;
  timestamp: string;
};

/** What a verification reports, step by step (the `vaxops dcc verify` contract, also the API's answer). */
export type VerifyResult = {
  valid: boolean;
  decoded: boolean;
  signatureValid: boolean;
  timeValid: boolean;
  keyUsageValid: boolean;
  schemaValid: boolean;
  valueSetsValid: boolean;
  /** base64 kid, or null when none could be read */
  kid: string | null;
  /** the DCC JSON (hcert claim -260, key 1), or null when it could not be decoded */
  payload: unknown | null;
  errors: string[];
};
