-- Requested public funding, copied from the content of applications saved before the column existed
-- (every later save keeps it up to date).
UPDATE "applications"
SET "public_funding_wan" = ("content" -> 'budget' ->> 'publicFundingWan')::numeric
WHERE "public_funding_wan" IS NULL
  AND jsonb_typeof("content" -> 'budget' -> 'publicFundingWan') = 'number';
