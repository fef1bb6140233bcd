/**
 * The vaxops API as TypeScript types, generated from the server's OpenAPI document by `npm run gen:api`
 * (scripts/gen-api.ts). Do not edit: change the routes' zod schemas and run it again.
 */

export interface paths {
    "/api/v1/public/centers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vaccination centers and the products they offer; with `near` (a postal code) nearest first, with their distance */
        get: {
            parameters: {
                query?: {
                    near?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            address: string;
                            postalCode: string;
                            region: string;
                            products: string[];
                            /** @description with `near`: kilometres from that postal code, roughly (null: unknown) */
                            distanceKm?: number | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vaccine products and their dose schedule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            manufacturer: string;
                            doses: number;
                            minIntervalDays: number | null;
                            maxIntervalDays: number | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/centers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Centers of the signed-in staff member’s organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            region: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaign settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requireRegisterMatch: boolean;
                            invitationValidHours: number;
                            legal: {
                                /** @description Telephone number of the hotline (call center), shown in the footer */
                                hotline: string | null;
                                hotlineHours: {
                                    de: string;
                                    en: string;
                                } | null;
                                imprint: {
                                    de: string;
                                    en: string;
                                };
                                privacy: {
                                    de: string;
                                    en: string;
                                };
                                accessibility: {
                                    de: string;
                                    en: string;
                                };
                                samples: {
                                    imprint: boolean;
                                    privacy: boolean;
                                    accessibility: boolean;
                                };
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        /** Change campaign settings: register matching for registrations and bookings, invitation validity */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        requireRegisterMatch?: boolean;
                        invitationValidHours?: number;
                        /** @description Imprint, privacy notice, accessibility statement (de and en) and hotline; null puts a part back to the sample */
                        legal?: {
                            hotline?: string | null;
                            hotlineHours?: {
                                de: string;
                                en: string;
                            } | null;
                            imprint?: {
                                de: string;
                                en: string;
                            } | null;
                            privacy?: {
                                de: string;
                                en: string;
                            } | null;
                            accessibility?: {
                                de: string;
                                en: string;
                            } | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requireRegisterMatch: boolean;
                            invitationValidHours: number;
                            legal: {
                                /** @description Telephone number of the hotline (call center), shown in the footer */
                                hotline: string | null;
                                hotlineHours: {
                                    de: string;
                                    en: string;
                                } | null;
                                imprint: {
                                    de: string;
                                    en: string;
                                };
                                privacy: {
                                    de: string;
                                    en: string;
                                };
                                accessibility: {
                                    de: string;
                                    en: string;
                                };
                                samples: {
                                    imprint: boolean;
                                    privacy: boolean;
                                    accessibility: boolean;
                                };
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/legal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imprint, privacy notice, accessibility statement and hotline number of the portal (German and English) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Telephone number of the hotline (call center), shown in the footer */
                            hotline: string | null;
                            hotlineHours: {
                                de: string;
                                en: string;
                            } | null;
                            imprint: {
                                de: string;
                                en: string;
                            };
                            privacy: {
                                de: string;
                                en: string;
                            };
                            accessibility: {
                                de: string;
                                en: string;
                            };
                            samples: {
                                imprint: boolean;
                                privacy: boolean;
                                accessibility: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Free slots of a center for a product between two dates (inclusive, local dates) */
        get: {
            parameters: {
                query: {
                    centerId: string;
                    product: string;
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            centerId: string;
                            start: string;
                            end: string;
                            free: number;
                        }[];
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Free places per center, product and day for the next four weeks (cached 30 s; ETag; gzip when accepted; 120 requests/min per client) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generatedAt: string;
                            days: number;
                            entries: {
                                centerId: string;
                                centerName: string;
                                product: string;
                                day: string;
                                free: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a slot (and the follow-up doses) for a person of the verified contact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        slotId: string;
                        product: string;
                        person: {
                            givenName: string;
                            familyName: string;
                            /** Format: date */
                            birthDate: string;
                            postalCode: string;
                            /** Format: email */
                            email?: string;
                            phone?: string;
                            /** @description street and house number */
                            street?: string;
                            city?: string;
                        };
                        /** @enum {string} */
                        language?: "de" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookingCode: string;
                            /** @description 4 digits the citizen tells the vaccinator at the center */
                            securityCode: string;
                            appointments: {
                                id: string;
                                start: string;
                                doseNumber: number;
                                centerId: string;
                                product: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bookings/{bookingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look a booking up with its code and the birth date */
        get: {
            parameters: {
                query: {
                    birthDate: string;
                };
                header?: never;
                path: {
                    bookingCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookingCode: string;
                            /** @description shown once, in the booking answer; null in look-ups (stored only as a keyed hash) */
                            securityCode: string | null;
                            /** @enum {string} */
                            status: "active" | "cancelled";
                            product: string;
                            appointments: {
                                id: string;
                                start: string;
                                doseNumber: number;
                                centerId: string;
                                product: string;
                                end: string;
                                centerName: string;
                                /** @enum {string} */
                                status: "booked" | "checked_in" | "vaccinated" | "cancelled";
                                moveWindow: {
                                    from: string | null;
                                    to: string | null;
                                    /** @description where the next dose stays put; moving this dose outside it moves the next dose to the first free slot inside the interval */
                                    keepsNext?: {
                                        from: string | null;
                                        to: string | null;
                                    } | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Cancel a booking; its places become free again */
        delete: {
            parameters: {
                query: {
                    birthDate: string;
                };
                header?: never;
                path: {
                    bookingCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bookings/{bookingCode}/appointments/{doseNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move one appointment of a booking to another slot at the same center, within the dose interval */
        put: {
            parameters: {
                query: {
                    birthDate: string;
                };
                header?: never;
                path: {
                    bookingCode: string;
                    doseNumber: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        slotId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookingCode: string;
                            /** @description shown once, in the booking answer; null in look-ups (stored only as a keyed hash) */
                            securityCode: string | null;
                            /** @enum {string} */
                            status: "active" | "cancelled";
                            product: string;
                            appointments: {
                                id: string;
                                start: string;
                                doseNumber: number;
                                centerId: string;
                                product: string;
                                end: string;
                                centerName: string;
                                /** @enum {string} */
                                status: "booked" | "checked_in" | "vaccinated" | "cancelled";
                                moveWindow: {
                                    from: string | null;
                                    to: string | null;
                                    /** @description where the next dose stays put; moving this dose outside it moves the next dose to the first free slot inside the interval */
                                    keepsNext?: {
                                        from: string | null;
                                        to: string | null;
                                    } | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proof-of-work challenge to solve before registering or booking (or {enabled:false}) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An ALTCHA challenge (v1: find n <= maxnumber with SHA-256(salt + n) = challenge), or {enabled:false} when the server asks for no proof of work. Registration and booking then take X-Altcha: base64(JSON {algorithm, challenge, number, salt, signature}); each solution is accepted once, within 5 minutes. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            enabled: true;
                            /** @enum {string} */
                            algorithm: "SHA-256";
                            challenge: string;
                            maxnumber: number;
                            /** @description random salt, then ?expires=<unix seconds>& (signed with the challenge) */
                            salt: string;
                            signature: string;
                        } | {
                            /** @enum {boolean} */
                            enabled: false;
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** May a person with this birth date and these claims book now, and which vaccines? (nothing is stored) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        birthDate: string;
                        /** @default [] */
                        claims?: ("care_home_resident" | "care_home_staff" | "icu_staff" | "trisomy21" | "dementia" | "organ_transplant" | "care_contact" | "police_high_exposure" | "chronic_condition" | "teacher" | "retail" | "critical_infrastructure")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decision: {
                                eligible: boolean;
                                group: {
                                    id: string;
                                    label: {
                                        de: string;
                                        en: string;
                                    };
                                    opensAt: string | null;
                                } | null;
                                reason: string;
                                explanation: {
                                    de: string;
                                    en: string;
                                };
                                products: {
                                    id: string;
                                    allowed: boolean;
                                    explanation: {
                                        de: string;
                                        en: string;
                                    };
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/eligibility/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may book now: the priority groups of the rules in force, who belongs to each and since when it may book */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false: no rules are published, everyone may book */
                            restricted: boolean;
                            groups: {
                                id: string;
                                label: {
                                    de: string;
                                    en: string;
                                };
                                who: {
                                    de: string;
                                    en: string;
                                };
                                opensAt: string | null;
                                open: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/rule-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rule sets, newest first, and the one in force */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            inForce: string | null;
                            ruleSets: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "published";
                                effectiveFrom: string;
                                definition: {
                                    groups: {
                                        id: string;
                                        label: {
                                            de: string;
                                            en: string;
                                        };
                                        /** Format: date-time */
                                        opensAt: string | null;
                                        anyOf: ({
                                            minAge: number;
                                        } | {
                                            /** @enum {string} */
                                            claim: "care_home_resident" | "care_home_staff" | "icu_staff" | "trisomy21" | "dementia" | "organ_transplant" | "care_contact" | "police_high_exposure" | "chronic_condition" | "teacher" | "retail" | "critical_infrastructure";
                                        })[];
                                    }[];
                                    products: {
                                        [key: string]: {
                                            minAge?: number;
                                            maxAge?: number;
                                        };
                                    };
                                };
                                note: string | null;
                                createdBy: string | null;
                                createdAt: string;
                                publishedBy: string | null;
                                publishedAt: string | null;
                                publishReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a new draft rule set (validated; takes effect only when published) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definition: {
                            groups: {
                                id: string;
                                label: {
                                    de: string;
                                    en: string;
                                };
                                /** Format: date-time */
                                opensAt: string | null;
                                anyOf: ({
                                    minAge: number;
                                } | {
                                    /** @enum {string} */
                                    claim: "care_home_resident" | "care_home_staff" | "icu_staff" | "trisomy21" | "dementia" | "organ_transplant" | "care_contact" | "police_high_exposure" | "chronic_condition" | "teacher" | "retail" | "critical_infrastructure";
                                })[];
                            }[];
                            products: {
                                [key: string]: {
                                    minAge?: number;
                                    maxAge?: number;
                                };
                            };
                        };
                        /** Format: date-time */
                        effectiveFrom: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            effectiveFrom: string;
                            definition: {
                                groups: {
                                    id: string;
                                    label: {
                                        de: string;
                                        en: string;
                                    };
                                    /** Format: date-time */
                                    opensAt: string | null;
                                    anyOf: ({
                                        minAge: number;
                                    } | {
                                        /** @enum {string} */
                                        claim: "care_home_resident" | "care_home_staff" | "icu_staff" | "trisomy21" | "dementia" | "organ_transplant" | "care_contact" | "police_high_exposure" | "chronic_condition" | "teacher" | "retail" | "critical_infrastructure";
                                    })[];
                                }[];
                                products: {
                                    [key: string]: {
                                        minAge?: number;
                                        maxAge?: number;
                                    };
                                };
                            };
                            note: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            publishedBy: string | null;
                            publishedAt: string | null;
                            publishReason: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/rule-sets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One rule set */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            effectiveFrom: string;
                            definition: {
                                groups: {
                                    id: string;
                                    label: {
                                        de: string;
                                        en: string;
                                    };
                                    /** Format: date-time */
                                    opensAt: string | null;
                                    anyOf: ({
                                        minAge: number;
                                    } | {
                                        /** @enum {string} */
                                        claim: "care_home_resident" | "care_home_staff" | "icu_staff" | "trisomy21" | "dementia" | "organ_transplant" | "care_contact" | "police_high_exposure" | "chronic_condition" | "teacher" | "retail" | "critical_infrastructure";
                                    })[];
                                }[];
                                products: {
                                    [key: string]: {
                                        minAge?: number;
                                        maxAge?: number;
                                    };
                                };
                            };
                            note: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            publishedBy: string | null;
                            publishedAt: string | null;
                            publishReason: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/rule-sets/{id}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many registered people waiting would become eligible, per group, if this rule set were in force: at its start and at each time a group opens within the next `days` (default 14) */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ruleSetId: string;
                            comparedWith: string | null;
                            at: string;
                            until: string;
                            waiting: number;
                            eligibleBefore: number;
                            eligibleAfter: number;
                            groups: {
                                groupId: string;
                                label: {
                                    de: string;
                                    en: string;
                                };
                                eligibleBefore: number;
                                eligibleAfter: number;
                                newlyEligible: number;
                            }[];
                            moments: {
                                at: string;
                                opens: {
                                    groupId: string;
                                    label: {
                                        de: string;
                                        en: string;
                                    };
                                }[];
                                comparedWith: string | null;
                                eligibleBefore: number;
                                eligibleAfter: number;
                                groups: {
                                    groupId: string;
                                    label: {
                                        de: string;
                                        en: string;
                                    };
                                    eligibleBefore: number;
                                    eligibleAfter: number;
                                    newlyEligible: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/rule-sets/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft (audited with the reason); it decides from its effective-from time */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            effectiveFrom: string;
                            definition: {
                                groups: {
                                    id: string;
                                    label: {
                                        de: string;
                                        en: string;
                                    };
                                    /** Format: date-time */
                                    opensAt: string | null;
                                    anyOf: ({
                                        minAge: number;
                                    } | {
                                        /** @enum {string} */
                                        claim: "care_home_resident" | "care_home_staff" | "icu_staff" | "trisomy21" | "dementia" | "organ_transplant" | "care_contact" | "police_high_exposure" | "chronic_condition" | "teacher" | "retail" | "critical_infrastructure";
                                    })[];
                                }[];
                                products: {
                                    [key: string]: {
                                        minAge?: number;
                                        maxAge?: number;
                                    };
                                };
                            };
                            note: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            publishedBy: string | null;
                            publishedAt: string | null;
                            publishReason: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a 6-digit code to an e-mail address or mobile number (always 202, whatever the contact) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        phone?: string;
                        /**
                         * @default de
                         * @enum {string}
                         */
                        language?: "de" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            verificationId: string;
                            /** @description the code is valid this long */
                            expiresInSeconds: number;
                            /** @description ask for another code after this long at the earliest */
                            resendAfterSeconds: number;
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verifications/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether registration and booking need a verified contact here, and the limits that apply */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            required: boolean;
                            maxPeoplePerContact: number;
                            codeValidSeconds: number;
                            codeTries: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verifications/{verificationId}/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the code; right: a citizen session token (send it as "Authorization: Bearer <token>") */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    verificationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description send as "Authorization: Bearer <token>" */
                            token: string;
                            /** @description the session ends after this long without a request (and after 2 hours in any case) */
                            expiresInSeconds: number;
                            contact: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                masked: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The verified contact (masked) and its people, with their bookings and certificates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                masked: string;
                            };
                            people: {
                                id: string;
                                givenName: string;
                                familyName: string;
                                birthDate: string;
                                postalCode: string;
                                bookings: {
                                    bookingCode: string;
                                    /** @description shown once, in the booking answer; null in look-ups (stored only as a keyed hash) */
                                    securityCode: string | null;
                                    /** @enum {string} */
                                    status: "active" | "cancelled";
                                    product: string;
                                    appointments: {
                                        id: string;
                                        start: string;
                                        doseNumber: number;
                                        centerId: string;
                                        product: string;
                                        end: string;
                                        centerName: string;
                                        /** @enum {string} */
                                        status: "booked" | "checked_in" | "vaccinated" | "cancelled";
                                        moveWindow: {
                                            from: string | null;
                                            to: string | null;
                                            /** @description where the next dose stays put; moving this dose outside it moves the next dose to the first free slot inside the interval */
                                            keepsNext?: {
                                                from: string | null;
                                                to: string | null;
                                            } | null;
                                        } | null;
                                    }[];
                                }[];
                                certificates: {
                                    id: string;
                                    uvci: string;
                                    doseNumber: number;
                                    seriesDoses: number;
                                    vaccinatedOn: string;
                                    product: string;
                                    productName: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out: the session token stops working */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register (or update a registration) under the verified contact; answers whether the person may book now, and why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        person: {
                            givenName: string;
                            familyName: string;
                            /** Format: date */
                            birthDate: string;
                            postalCode: string;
                            /** Format: email */
                            email?: string;
                            phone?: string;
                            street?: string;
                            city?: string;
                        };
                        /** @default [] */
                        claims?: ("care_home_resident" | "care_home_staff" | "icu_staff" | "trisomy21" | "dementia" | "organ_transplant" | "care_contact" | "police_high_exposure" | "chronic_condition" | "teacher" | "retail" | "critical_infrastructure")[];
                        /**
                         * @default de
                         * @enum {string}
                         */
                        language?: "de" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            personId: string;
                            /** @enum {string} */
                            status: "registered" | "updated";
                            /** @enum {string} */
                            emailConfirmation: "sent" | "not-needed";
                            decision: {
                                eligible: boolean;
                                group: {
                                    id: string;
                                    label: {
                                        de: string;
                                        en: string;
                                    };
                                    opensAt: string | null;
                                } | null;
                                reason: string;
                                explanation: {
                                    de: string;
                                    en: string;
                                };
                                products: {
                                    id: string;
                                    allowed: boolean;
                                    explanation: {
                                        de: string;
                                        en: string;
                                    };
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/email-confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an e-mail address with the token from the link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            confirmed: true;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invitation-waves/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a wave would do, without sending: eligible people (reachable or not, and why), free places by region and center, per group */
        get: {
            parameters: {
                query?: {
                    size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            horizonDays: number;
                            eligible: number;
                            reachable: number;
                            unreachable: {
                                count: number;
                                byReason: {
                                    [key: string]: number;
                                };
                            };
                            freePlaces: {
                                total: number;
                                byRegion: {
                                    region: string;
                                    free: number;
                                }[];
                                byCenter: {
                                    centerId: string;
                                    center: string;
                                    region: string;
                                    free: number;
                                }[];
                            };
                            byGroup: {
                                groupId: string;
                                label: {
                                    de: string;
                                    en: string;
                                } | null;
                                eligible: number;
                                reachable: number;
                                wouldInvite: number;
                            }[];
                            suggestedSize: number;
                            maxSize: number;
                            size: number;
                            wouldInvite: number;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invitation-waves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Past invitation waves, newest first (the last 50): when, by whom, size asked for, people invited */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            createdAt: string;
                            createdBy: string | null;
                            size: number;
                            invited: number;
                        }[];
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite the next eligible and reachable people in priority order, as many as `size` (see the preview first) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        size: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            waveId: string;
                            invited: number;
                            freePlaces: number;
                            unreachable: {
                                count: number;
                                byReason: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invitation behind a link: status, expiry and what the person may book */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "open" | "accepted" | "declined" | "expired";
                            expiresAt: string;
                            givenName: string;
                            decision: {
                                eligible: boolean;
                                group: {
                                    id: string;
                                    label: {
                                        de: string;
                                        en: string;
                                    };
                                    opensAt: string | null;
                                } | null;
                                reason: string;
                                explanation: {
                                    de: string;
                                    en: string;
                                };
                                products: {
                                    id: string;
                                    allowed: boolean;
                                    explanation: {
                                        de: string;
                                        en: string;
                                    };
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/invitations/{token}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book through the invitation (the series, as a normal booking) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        slotId: string;
                        product: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookingCode: string;
                            /** @description 4 digits the citizen tells the vaccinator at the center */
                            securityCode: string;
                            appointments: {
                                id: string;
                                start: string;
                                doseNumber: number;
                                centerId: string;
                                product: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/invitations/{token}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the invitation and stay in line */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "declined";
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a caller */
        get: {
            parameters: {
                query?: {
                    givenName?: string;
                    familyName?: string;
                    birthDate?: string;
                    email?: string;
                    phone?: string;
                    bookingCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            givenName: string;
                            familyName: string;
                            birthDate: string;
                            postalCode: string;
                        }[];
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person with contact, claims, eligibility and bookings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            givenName: string;
                            familyName: string;
                            birthDate: string;
                            postalCode: string;
                            street: string | null;
                            city: string | null;
                            email: string | null;
                            phone: string | null;
                            language: string;
                            claims: string[];
                            registeredAt: string;
                            decision: {
                                eligible: boolean;
                                group: {
                                    id: string;
                                    label: {
                                        de: string;
                                        en: string;
                                    };
                                    opensAt: string | null;
                                } | null;
                                reason: string;
                                explanation: {
                                    de: string;
                                    en: string;
                                };
                                products: {
                                    id: string;
                                    allowed: boolean;
                                    explanation: {
                                        de: string;
                                        en: string;
                                    };
                                }[];
                            } | null;
                            bookings: {
                                bookingCode: string;
                                /** @description shown once, in the booking answer; null in look-ups (stored only as a keyed hash) */
                                securityCode: string | null;
                                /** @enum {string} */
                                status: "active" | "cancelled";
                                product: string;
                                appointments: {
                                    id: string;
                                    start: string;
                                    doseNumber: number;
                                    centerId: string;
                                    product: string;
                                    end: string;
                                    centerName: string;
                                    /** @enum {string} */
                                    status: "booked" | "checked_in" | "vaccinated" | "cancelled";
                                    moveWindow: {
                                        from: string | null;
                                        to: string | null;
                                        /** @description where the next dose stays put; moving this dose outside it moves the next dose to the first free slot inside the interval */
                                        keepsNext?: {
                                            from: string | null;
                                            to: string | null;
                                        } | null;
                                    } | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a caller (a known caller again: their record is updated; a changed e-mail or phone needs a `reason`, audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        person: {
                            givenName: string;
                            familyName: string;
                            /** Format: date */
                            birthDate: string;
                            postalCode: string;
                            /** Format: email */
                            email?: string;
                            phone?: string;
                            street?: string;
                            city?: string;
                        };
                        /** @default [] */
                        claims?: ("care_home_resident" | "care_home_staff" | "icu_staff" | "trisomy21" | "dementia" | "organ_transplant" | "care_contact" | "police_high_exposure" | "chronic_condition" | "teacher" | "retail" | "critical_infrastructure")[];
                        /**
                         * @default de
                         * @enum {string}
                         */
                        language?: "de" | "en";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            personId: string;
                            /** @enum {string} */
                            status: "registered" | "updated";
                            /** @enum {string} */
                            emailConfirmation: "sent" | "not-needed";
                            decision: {
                                eligible: boolean;
                                group: {
                                    id: string;
                                    label: {
                                        de: string;
                                        en: string;
                                    };
                                    opensAt: string | null;
                                } | null;
                                reason: string;
                                explanation: {
                                    de: string;
                                    en: string;
                                };
                                products: {
                                    id: string;
                                    allowed: boolean;
                                    explanation: {
                                        de: string;
                                        en: string;
                                    };
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/persons/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a series for a registered caller (the rules decide as for the portal) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        slotId: string;
                        product: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookingCode: string;
                            /** @description 4 digits the citizen tells the vaccinator at the center */
                            securityCode: string;
                            appointments: {
                                id: string;
                                start: string;
                                doseNumber: number;
                                centerId: string;
                                product: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/bookings/{bookingCode}/appointments/{doseNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move an appointment within the dose interval */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingCode: string;
                    doseNumber: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        slotId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookingCode: string;
                            /** @description shown once, in the booking answer; null in look-ups (stored only as a keyed hash) */
                            securityCode: string | null;
                            /** @enum {string} */
                            status: "active" | "cancelled";
                            product: string;
                            appointments: {
                                id: string;
                                start: string;
                                doseNumber: number;
                                centerId: string;
                                product: string;
                                end: string;
                                centerName: string;
                                /** @enum {string} */
                                status: "booked" | "checked_in" | "vaccinated" | "cancelled";
                                moveWindow: {
                                    from: string | null;
                                    to: string | null;
                                    /** @description where the next dose stays put; moving this dose outside it moves the next dose to the first free slot inside the interval */
                                    keepsNext?: {
                                        from: string | null;
                                        to: string | null;
                                    } | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/bookings/{bookingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a booking (the whole series) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/bookings/{bookingCode}/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a printed confirmation letter (goes out with the daily print batch) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outboxId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "admin" | "manager" | "clerk" | "vaccinator" | "agent" | "logistics";
                                centerId: string | null;
                            };
                            csrfToken: string;
                            demoAccounts: boolean;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member and the CSRF token for writes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "admin" | "manager" | "clerk" | "vaccinator" | "agent" | "logistics";
                                centerId: string | null;
                            };
                            csrfToken: string;
                            demoAccounts: boolean;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (revokes the session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the signed-in user's password (other sessions of the user are revoked)
         * @description The new password needs 12 to 256 characters and may not be on the list of common or breached passwords (problem types password-too-short, password-too-long, password-breached, field newPassword). A wrong current password (current-password-wrong) counts towards the sign-in lock-out; while locked: 429 with Retry-After.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out everywhere: revoke every session of the signed-in user, this one included */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A center’s appointments on a day (or those starting in [from, to), a part the summary names) */
        get: {
            parameters: {
                query: {
                    centerId: string;
                    date: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            bookingCode: string;
                            start: string;
                            end: string;
                            doseNumber: number;
                            product: string;
                            /** @enum {string} */
                            status: "booked" | "checked_in" | "vaccinated" | "cancelled";
                            checkedInAt: string | null;
                            vaccinationId: string | null;
                            person: {
                                givenName: string;
                                familyName: string;
                                birthDate: string;
                            };
                        }[];
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/appointments/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A center’s day in numbers, and fingerprints (per hour) that change when the board would (no personal data; poll this, then refetch what moved) */
        get: {
            parameters: {
                query: {
                    centerId: string;
                    date: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: string;
                            counts: {
                                booked: number;
                                checked_in: number;
                                vaccinated: number;
                                cancelled: number;
                            };
                            parts: {
                                from: string;
                                to: string;
                                version: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/appointments/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find people by name among a center’s appointments on a day (for someone without their booking code; audited) */
        get: {
            parameters: {
                query: {
                    centerId: string;
                    date: string;
                    name: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            bookingCode: string;
                            start: string;
                            end: string;
                            doseNumber: number;
                            product: string;
                            /** @enum {string} */
                            status: "booked" | "checked_in" | "vaccinated" | "cancelled";
                            checkedInAt: string | null;
                            vaccinationId: string | null;
                            person: {
                                givenName: string;
                                familyName: string;
                                birthDate: string;
                            };
                        }[];
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a person in by booking code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bookingCode: string;
                        /** Format: uuid */
                        centerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appointment: {
                                id: string;
                                bookingCode: string;
                                start: string;
                                end: string;
                                doseNumber: number;
                                product: string;
                                /** @enum {string} */
                                status: "booked" | "checked_in" | "vaccinated" | "cancelled";
                                checkedInAt: string | null;
                                vaccinationId: string | null;
                                person: {
                                    givenName: string;
                                    familyName: string;
                                    birthDate: string;
                                };
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/vaccinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Document a vaccination (immutable record) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        appointmentId: string;
                        product: string;
                        lotNumber: string;
                        doseNumber: number;
                        /** @enum {string} */
                        site: "left_upper_arm" | "right_upper_arm" | "left_thigh" | "right_thigh";
                        /** Format: date-time */
                        administeredAt?: string;
                        securityCode?: string;
                        securityOverrideReason?: string;
                        deviationReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            appointmentId: string | null;
                            personId: string;
                            centerId: string;
                            product: string;
                            lotNumber: string;
                            doseNumber: number;
                            /** @enum {string} */
                            site: "left_upper_arm" | "right_upper_arm" | "left_thigh" | "right_thigh";
                            vaccinatorId: string;
                            administeredAt: string;
                            recordedAt: string;
                            supersedes: string | null;
                            supersededBy: string | null;
                            correctionReason: string | null;
                            securityOverrideReason: string | null;
                            deviationReason: string | null;
                            appointment: {
                                product: string;
                                doseNumber: number;
                                start: string;
                            } | null;
                            certificateId?: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/vaccinations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vaccination record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            appointmentId: string | null;
                            personId: string;
                            centerId: string;
                            product: string;
                            lotNumber: string;
                            doseNumber: number;
                            /** @enum {string} */
                            site: "left_upper_arm" | "right_upper_arm" | "left_thigh" | "right_thigh";
                            vaccinatorId: string;
                            administeredAt: string;
                            recordedAt: string;
                            supersedes: string | null;
                            supersededBy: string | null;
                            correctionReason: string | null;
                            securityOverrideReason: string | null;
                            deviationReason: string | null;
                            appointment: {
                                product: string;
                                doseNumber: number;
                                start: string;
                            } | null;
                            certificateId?: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/vaccinations/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a vaccination record: appends a record that supersedes it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        product?: string;
                        lotNumber?: string;
                        doseNumber?: number;
                        /** @enum {string} */
                        site?: "left_upper_arm" | "right_upper_arm" | "left_thigh" | "right_thigh";
                        /** Format: date-time */
                        administeredAt?: string;
                        reason: string;
                        deviationReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            appointmentId: string | null;
                            personId: string;
                            centerId: string;
                            product: string;
                            lotNumber: string;
                            doseNumber: number;
                            /** @enum {string} */
                            site: "left_upper_arm" | "right_upper_arm" | "left_thigh" | "right_thigh";
                            vaccinatorId: string;
                            administeredAt: string;
                            recordedAt: string;
                            supersedes: string | null;
                            supersededBy: string | null;
                            correctionReason: string | null;
                            securityOverrideReason: string | null;
                            deviationReason: string | null;
                            appointment: {
                                product: string;
                                doseNumber: number;
                                start: string;
                            } | null;
                            certificateId?: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/dose-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A center’s dose plans between two days */
        get: {
            parameters: {
                query: {
                    centerId: string;
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            day: string;
                            product: string;
                            doses: number | null;
                            booked: number;
                        }[];
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        /** Set the doses a center expects on a day for a product (below the doses booked only with acceptBelowBooked) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centerId: string;
                        /** Format: date */
                        day: string;
                        product: string;
                        doses: number;
                        acceptBelowBooked?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            day: string;
                            product: string;
                            doses: number | null;
                            booked: number;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a day’s plan for a product: the day has no dose limit any more (bookings stay) */
        delete: {
            parameters: {
                query: {
                    centerId: string;
                    day: string;
                    product: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/dose-plans/range": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the same plan on the chosen weekdays (1 = Monday … 7 = Sunday) between two days, all or nothing */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centerId: string;
                        product: string;
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        weekdays: number[];
                        doses: number;
                        acceptBelowBooked?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            day: string;
                            product: string;
                            doses: number | null;
                            booked: number;
                        }[];
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demo/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demo only: the newest 50 messages of the outbox, decrypted (recipient masked); not there in production */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            channel: "email" | "sms" | "letter";
                            to: string;
                            subject: string;
                            text: string;
                            status: string;
                            createdAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/print-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Print batches, newest first */
        get: {
            parameters: {
                query?: {
                    day?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            day: string;
                            letterCount: number;
                            createdAt: string;
                        }[];
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Print the waiting letters: one PDF per day (409 when the day has a batch or nothing waits) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        day: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            day: string;
                            letterCount: number;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/print-batches/{id}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF of a print batch (application/pdf: A4 letters for window envelopes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/machine/register/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the population register (CSV)
         * @description Body: text/csv in UTF-8 (BOM allowed), header `id,given_name,family_name,birth_date,postal_code,address`, separated by `,` or `;`. Rows are upserted by id; importing the same file again changes nothing. Invalid rows are skipped and reported by line. Needs an API key with the scope register:import (Authorization: Bearer vx_...).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description data rows read */
                            rows: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                            /** @description the first 1000 rejected rows */
                            rejected: {
                                line: number;
                                reason: string;
                            }[];
                            rejectedCount: number;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/waiting-room": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the waiting room is on (registration and booking then need an admission token) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/waiting-room/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a place in the queue: a signed ticket with position and estimate (admitted at once when the room is off) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Signed ticket: keep it and ask for its status after pollAfterSeconds */
                            ticket: string;
                            /** @description People ahead, including this ticket; 0 once admitted */
                            position: number;
                            estimatedWaitSeconds: number;
                            pollAfterSeconds: number;
                            admitted: boolean;
                            /** @description Send in the X-Vaxops-Admission header on registration and booking */
                            admissionToken?: string;
                            /** @description When the admission token runs out, by the server's clock */
                            admissionExpiresAt?: string;
                            /** @description Seconds the admission token is valid from this answer on; count them on your own clock, which may differ from the server's */
                            admissionValidSeconds?: number;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/waiting-room/tickets/{ticket}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a ticket stands; once admitted, the admission token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ticket: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Signed ticket: keep it and ask for its status after pollAfterSeconds */
                            ticket: string;
                            /** @description People ahead, including this ticket; 0 once admitted */
                            position: number;
                            estimatedWaitSeconds: number;
                            pollAfterSeconds: number;
                            admitted: boolean;
                            /** @description Send in the X-Vaxops-Admission header on registration and booking */
                            admissionToken?: string;
                            /** @description When the admission token runs out, by the server's clock */
                            admissionExpiresAt?: string;
                            /** @description Seconds the admission token is valid from this answer on; count them on your own clock, which may differ from the server's */
                            admissionValidSeconds?: number;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/waiting-room": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Waiting room: mode, whether it is on, queue length */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            mode: "on" | "off" | "auto";
                            /** @enum {string} */
                            source: "config" | "admin";
                            active: boolean;
                            activeSince: string | null;
                            waiting: number;
                            issued: number;
                            admitted: number;
                            admissionsPerMinute: number;
                            autoRps: number;
                            admissionMinutes: number;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        /** Switch the waiting room on, off or to automatic (on above the configured load); audited */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "on" | "off" | "auto";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            mode: "on" | "off" | "auto";
                            /** @enum {string} */
                            source: "config" | "admin";
                            active: boolean;
                            activeSince: string | null;
                            waiting: number;
                            issued: number;
                            admitted: number;
                            admissionsPerMinute: number;
                            autoRps: number;
                            admissionMinutes: number;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bookings/{bookingCode}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current vaccination certificates of the person behind a booking (code + birth date) */
        get: {
            parameters: {
                query: {
                    birthDate: string;
                };
                header?: never;
                path: {
                    bookingCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificates: {
                                id: string;
                                /** @description unique certificate identifier, URN:UVCI:01:DE:...#checksum */
                                uvci: string;
                                doseNumber: number;
                                seriesDoses: number;
                                /** @description YYYY-MM-DD */
                                vaccinatedOn: string;
                                /** @description product id */
                                product: string;
                                productName: string;
                                issuedAt: string;
                                /** @description the signature is valid until then */
                                expiresAt: string;
                                /** @description the QR code content, "HC1:..." */
                                hc1: string;
                                revoked: boolean;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bookings/{bookingCode}/certificates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certificate as PDF (A4, German and English; application/pdf) */
        get: {
            parameters: {
                query: {
                    birthDate: string;
                    lang?: "de" | "en";
                };
                header?: never;
                path: {
                    bookingCode: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bookings/{bookingCode}/certificates/{id}/qr.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certificate's QR code (image/png, error correction Q) */
        get: {
            parameters: {
                query: {
                    birthDate: string;
                };
                header?: never;
                path: {
                    bookingCode: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bookings/{bookingCode}/certificates/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certificate's QR code (image/svg+xml, error correction Q) */
        get: {
            parameters: {
                query: {
                    birthDate: string;
                };
                header?: never;
                path: {
                    bookingCode: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bookings/{bookingCode}/certificates/{id}/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a certificate as PDF to the person’s confirmed e-mail address (409 without one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingCode: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        birthDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            queued: true;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/dcc/trust-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s document signer certificates (EU gateway trust list format: kid, country, base64 DER) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kid: string;
                            country: string;
                            /** @enum {string} */
                            certificateType: "DSC";
                            /** @description base64 DER of the document signer certificate */
                            rawData: string;
                            /** @description hex SHA-256 of the DER */
                            thumbprint: string;
                            timestamp: string;
                        }[];
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/dcc/revocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Revoked certificates as hashes of their UCIs (first 16 bytes of SHA-256, base64) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            country: string;
                            generatedAt: string;
                            /** @enum {string} */
                            hashType: "UCI";
                            entries: {
                                /** @description base64 of the first 16 bytes of SHA-256 over the UCI */
                                hash: string;
                                revokedAt: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/dcc/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a certificate (HC1 string) against the organisation’s signers and the configured trust file */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hc1: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/vaccinations/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current certificate of a vaccination record (404 no-certificate when none is issued yet: issue it with POST) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description unique certificate identifier, URN:UVCI:01:DE:...#checksum */
                            uvci: string;
                            doseNumber: number;
                            seriesDoses: number;
                            /** @description YYYY-MM-DD */
                            vaccinatedOn: string;
                            /** @description product id */
                            product: string;
                            productName: string;
                            issuedAt: string;
                            /** @description the signature is valid until then */
                            expiresAt: string;
                            /** @description the QR code content, "HC1:..." */
                            hc1: string;
                            revoked: boolean;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue a certificate for a vaccination record (its first, or a new one: the previous one is superseded, still valid, not revoked) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description unique certificate identifier, URN:UVCI:01:DE:...#checksum */
                            uvci: string;
                            doseNumber: number;
                            seriesDoses: number;
                            /** @description YYYY-MM-DD */
                            vaccinatedOn: string;
                            /** @description product id */
                            product: string;
                            productName: string;
                            issuedAt: string;
                            /** @description the signature is valid until then */
                            expiresAt: string;
                            /** @description the QR code content, "HC1:..." */
                            hc1: string;
                            revoked: boolean;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/certificates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certificate as PDF for printing (application/pdf) */
        get: {
            parameters: {
                query?: {
                    lang?: "de" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/certificates/{id}/qr.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certificate's QR code (png) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/certificates/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certificate's QR code (svg) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/certificates/{id}/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a certificate as PDF to the person’s confirmed e-mail address (409 without one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            queued: true;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/dcc/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document signer keys (certificates only, never a private key) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kid: string;
                            /** @enum {string} */
                            alg: "ES256" | "PS256";
                            subject: string;
                            country: string;
                            notBefore: string;
                            notAfter: string;
                            active: boolean;
                            /** @enum {string} */
                            source: "generated" | "imported";
                            createdAt: string;
                        }[];
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Import a document signer certificate with its private key (PEM, or PKCS#12 as base64); it signs from now on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        certificatePem?: string;
                        privateKeyPem?: string;
                        pkcs12Base64?: string;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kid: string;
                            /** @enum {string} */
                            alg: "ES256" | "PS256";
                            subject: string;
                            country: string;
                            notBefore: string;
                            notAfter: string;
                            active: boolean;
                            /** @enum {string} */
                            source: "generated" | "imported";
                            createdAt: string;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/dcc/keys/{kid}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop signing with a key and withdraw it from the trust list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kid: string;
                            /** @enum {string} */
                            alg: "ES256" | "PS256";
                            subject: string;
                            country: string;
                            notBefore: string;
                            notAfter: string;
                            active: boolean;
                            /** @enum {string} */
                            source: "generated" | "imported";
                            createdAt: string;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                                /** @enum {string} */
                                code: "required" | "invalid-type" | "invalid-format" | "invalid-value" | "too-small" | "too-big" | "not-multiple-of" | "unknown-field" | "invalid-union" | "invalid-key" | "invalid-element" | "invalid" | "invalid-text" | "invalid-birth-date" | "range-reversed" | "range-too-long" | "age-range" | "duplicate-id" | "search-criteria" | "security-code-or-reason" | "nothing-corrected" | "pem-or-pkcs12" | "unknown-product" | "unknown-slot" | "unknown-center" | "unknown-appointment" | "slot-other-center" | "slot-other-product" | "booking-cancelled" | "administered-in-future" | "wrong-security-code" | "unknown-scope" | "proof-of-work" | "wrong-code" | "deviation-needs-reason" | "password-too-short" | "password-too-long" | "password-breached" | "current-password-wrong" | "below-booked" | "date-in-past" | "contact-required";
                            }[];
                            explanation?: {
                                de: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
