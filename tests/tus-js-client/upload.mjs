// Uploads a file to Yunpan with tus-js-client, in 5 MB chunks.
//
//   node upload.mjs --server http://127.0.0.1:5000 --token <access token> --file <path> --store <url store file>
//                   [--folder /drive/folder] [--abort-after <bytes>]
//
// With --abort-after the upload is aborted (mid-chunk) once that many bytes were sent, and the process exits 0 after
// printing {"aborted":true,...}. The upload URL stays in the file-based URL store (tus-js-client's FileUrlStorage), so a
// second process started with the same --file and --store finds it by fingerprint and resumes it. Every run prints
// one JSON line with what happened; errors exit 1.
import { createReadStream, statSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import * as tus from 'tus-js-client'

const { values: args } = parseArgs({
  options: {
    server: { type: 'string' },
    token: { type: 'string' },
    file: { type: 'string' },
    store: { type: 'string' },
    folder: { type: 'string', default: '/' },
    'abort-after': { type: 'string' },
  },
})
for (const required of ['server', 'token', 'file', 'store']) {
  if (!args[required]) {
    console.error(`--${required} is required`)
    process.exit(2)
  }
}

const abortAfter = args['abort-after'] ? Number(args['abort-after']) : null
const size = statSync(args.file).size
const report = { size, resumedFrom: null, fileId: null, filePath: null, aborted: false, bytesSent: 0, url: null }

const result = await new Promise((resolve, reject) => {
  let aborting = false
  const upload = new tus.Upload(createReadStream(args.file), {
    endpoint: new URL('/api/v1/uploads', args.server).href,
    chunkSize: 5 * 1024 * 1024,
    retryDelays: [0, 500, 1000],
    headers: { Authorization: `Bearer ${args.token}` },
    metadata: { filename: basename(args.file), folder: args.folder },
    urlStorage: new tus.FileUrlStorage(args.store),
    storeFingerprintForResuming: true,
    removeFingerprintOnSuccess: true,
    onAfterResponse(req, res) {
      if (req.getMethod() === 'HEAD' && res.getStatus() === 204) {
        report.resumedFrom = Number(res.getHeader('Upload-Offset'))
      }
      if (res.getHeader('Yunpan-File-Id')) {
        report.fileId = res.getHeader('Yunpan-File-Id')
        report.filePath = decodeURIComponent(res.getHeader('Yunpan-File-Path'))
      }
    },
    onProgress(bytesSent) {
      report.bytesSent = bytesSent
      if (abortAfter !== null && !aborting && bytesSent >= abortAfter) {
        aborting = true
        report.aborted = true
        report.url = upload.url
        // Abort while the chunk is still in flight; keep the upload on the server (no termination).
        upload.abort(false).then(() => resolve(report), reject)
      }
    },
    onSuccess() {
      report.url = upload.url
      resolve(report)
    },
    onError: reject,
  })

  upload
    .findPreviousUploads()
    .then((previous) => {
      if (previous.length > 0) {
        upload.resumeFromPreviousUpload(previous[0])
      }
      upload.start()
    })
    .catch(reject)
})

console.log(JSON.stringify(result))
process.exit(0)
