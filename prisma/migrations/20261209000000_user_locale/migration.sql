-- The interface language a person chose on their account page (en, fr, es, ar; checked by the
-- application, lib/i18n/locales.ts); null until they choose: their browser's Accept-Language decides.
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
