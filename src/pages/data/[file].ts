/** /data/: the archive as JSON and CSV, with the JSON Schema of each file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import Papa from 'papaparse';
import { getArchive } from '../../data/archive.ts';
import { articleRecords, claimRecords, correctionRecords, quotePlaces } from '../../data/exports.ts';
import { annotationCollection, articlesFile, claimsFile, CORRECTION_COLUMNS, correctionRecord, correctionsFile, CSV_COLUMNS, csvTableSchema, jsonSchema, quoteRow, quoteRows } from '../../lib/data-export.ts';
import { absoluteUrl } from '../../lib/site-config.ts';
import { paths } from '../../lib/urls.ts';

const json = (data: unknown) => ({ body: `${JSON.stringify(data, null, 2)}\n`, type: 'application/json; charset=utf-8' });
const schemaUrl = (name: string) => absoluteUrl(paths.dataFile(name));
// RFC 4180: comma-separated, double quotes doubled, CRLF line ends; UTF-8 with a byte order
// mark, without which Excel reads the file as the local code page and garbles ’ and —.
const csv = (rows: object[], columns: string[]) => ({ body: `\uFEFF${Papa.unparse(rows, { columns, newline: '\r\n', quotes: true })}\r\n`, type: 'text/csv; charset=utf-8; header=present' });
const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const claims = claimRecords(archive);
  const corrections = correctionRecords(archive);
  const files: Record<string, { body: string; type: string }> = {
    'articles.json': json({ articles: articleRecords(archive) }),
    'claims.json': json({ claims }),
    'claims.csv': csv(quoteRows(claims), CSV_COLUMNS),
    'corrections.json': json({ corrections }),
    'corrections.csv': csv(corrections, CORRECTION_COLUMNS),
    'annotations.jsonld': { body: `${JSON.stringify(annotationCollection(schemaUrl('annotations.jsonld'), quotePlaces(archive)), null, 2)}\n`, type: 'application/ld+json; charset=utf-8' },
    'articles.schema.json': json(jsonSchema(articlesFile, schemaUrl('articles.schema.json'), 'Guarantees 2021: articles')),
    'claims.schema.json': json(jsonSchema(claimsFile, schemaUrl('claims.schema.json'), 'Guarantees 2021: claims with every quote')),
    'claims-row.schema.json': json(jsonSchema(quoteRow, schemaUrl('claims-row.schema.json'), 'Guarantees 2021: one row of claims.csv')),
    'corrections.schema.json': json(jsonSchema(correctionsFile, schemaUrl('corrections.schema.json'), 'Guarantees 2021: corrections of the archive’s own wording')),
  };
  // A Frictionless Data Package describing every file above, so tools can load them by it.
  files['datapackage.json'] = json({
    profile: 'data-package',
    name: 'guarantees-2021',
    title: 'Guarantees 2021: what was said about the security guarantees, December 2021 to February 2022',
    homepage: absoluteUrl(paths.home),
    licenses: [{ path: absoluteUrl(paths.data), title: 'The texts and quotes are their outlets’ and remain under their copyright; the summaries, links and structure are the archive’s (see the licence notes)' }],
    resources: [
      { name: 'articles', path: 'articles.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8', schema: 'articles.schema.json', description: 'Every article with its provenance' },
      { name: 'claims', path: 'claims.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8', schema: 'claims.schema.json', description: 'Every claim with every article’s quotes' },
      { name: 'quotes', path: 'claims.csv', profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8-sig', dialect: CSV_DIALECT, schema: csvTableSchema(quoteRow, CSV_COLUMNS, 'url', ['outlet']), description: 'One row per quote' },
      { name: 'corrections', path: 'corrections.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8', schema: 'corrections.schema.json', description: 'Every correction of the archive’s own wording, newest first' },
      { name: 'corrections-table', path: 'corrections.csv', profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8-sig', dialect: CSV_DIALECT, schema: csvTableSchema(correctionRecord, CORRECTION_COLUMNS, 'id', ['field', 'previous', 'now']), description: 'The corrections, one row each' },
      { name: 'annotations', path: 'annotations.jsonld', format: 'jsonld', mediatype: 'application/ld+json', encoding: 'utf-8', description: 'Every quote as a W3C Web Annotation of its article' },
    ],
  });
  return Object.entries(files).map(([file, props]) => ({ params: { file }, props }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body, { headers: { 'content-type': props.type } });
