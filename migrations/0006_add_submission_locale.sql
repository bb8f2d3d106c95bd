-- The interface language the submitter used: receipts and decision emails are written in it.
ALTER TABLE submissions ADD COLUMN locale TEXT NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr', 'es', 'ar', 'ru', 'zh'));
