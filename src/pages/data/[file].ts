/** /data/: the archive as JSON and CSV, with the JSON Schema of each file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import Papa from 'papaparse';
import { getArchive } from '../../data/archive.ts';
import { articleRecords, claimRecords } from '../../data/exports.ts';
import { articlesFile, claimsFile, CSV_COLUMNS, jsonSchema, quoteRow, quoteRows } from '../../lib/data-export.ts';
import { absoluteUrl } from '../../lib/site-config.ts';
import { paths } from '../../lib/urls.ts';

const json = (data: unknown) => ({ body: `${JSON.stringify(data, null, 2)}\n`, type: 'application/json; charset=utf-8' });
const schemaUrl = (name: string) => absoluteUrl(paths.dataFile(name));

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const claims = claimRecords(archive);
  const files: Record<string, { body: string; type: string }> = {
    'articles.json': json({ articles: articleRecords(archive) }),
    'claims.json': json({ claims }),
    // RFC 4180: comma-separated, double quotes doubled, CRLF line ends; UTF-8.
    'claims.csv': { body: Papa.unparse(quoteRows(claims), { columns: CSV_COLUMNS, newline: '\r\n', quotes: true }) + '\r\n', type: 'text/csv; charset=utf-8; header=present' },
    'articles.schema.json': json(jsonSchema(articlesFile, schemaUrl('articles.schema.json'), 'Guarantees 2021: articles')),
    'claims.schema.json': json(jsonSchema(claimsFile, schemaUrl('claims.schema.json'), 'Guarantees 2021: claims with every quote')),
    'claims-row.schema.json': json(jsonSchema(quoteRow, schemaUrl('claims-row.schema.json'), 'Guarantees 2021: one row of claims.csv')),
  };
  return Object.entries(files).map(([file, props]) => ({ params: { file }, props }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body, { headers: { 'content-type': props.type } });
