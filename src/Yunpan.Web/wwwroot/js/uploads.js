// Browser uploads through tus (tus-js-client, bundled from npm by the build). The File objects stay here; the .NET
// BrowserUploads gets progress reports and sends commands (pause, resume, cancel) by id.
// A large file is first offered for instant upload (D-4) when the .NET side finds it worth it: hashed here with
// hash-wasm's incremental SHA-256 (bundled from npm), and the .NET side asks the server and, when challenged, asks back
// for the proof (prove below).
window.yunpanUploads = (() => {
  let dotnet = null;
  let endpoint = null; // set by attach, from ApiRoutes.Uploads
  let folder = '/';
  let nextId = 1;
  const uploads = new Map(); // id → { file, upload (tus), canceled }

  // Files are hashed one at a time and in slices, so memory stays bounded whatever their size and number.
  const HashSlice = 8 * 1024 * 1024;
  let hashing = Promise.resolve();
  const inTurn = (task) => {
    const turn = hashing.then(task);
    hashing = turn.catch(() => {});
    return turn;
  };

  const read = async (file, start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer());

  // The whole file's SHA-256 (hex), with progress; null when the upload was canceled meanwhile.
  const hashFile = async (id, entry) => {
    const sha = await hashwasm.createSHA256();
    sha.init();
    let lastReport = 0;
    for (let offset = 0; offset < entry.file.size; offset += HashSlice) {
      if (entry.canceled) return null;
      const end = Math.min(offset + HashSlice, entry.file.size);
      const bytes = await read(entry.file, offset, end);
      if (entry.canceled) return null; // canceled while reading: report no more
      sha.update(bytes);
      const now = performance.now();
      if (now - lastReport >= 150 || end === entry.file.size) {
        lastReport = now;
        dotnet.invokeMethodAsync('OnHashing', id, end);
      }
    }
    return sha.digest('hex');
  };

  // The answer to an instant-upload challenge: SHA-256 of the nonce's bytes, then of every requested range in order.
  // hash-wasm rather than crypto.subtle: Web Crypto exists only in secure contexts, and a self-hosted drive is often
  // reached over plain HTTP on a LAN.
  const prove = async (id, nonce, ranges) => {
    const entry = uploads.get(id);
    const sha = await hashwasm.createSHA256();
    sha.init();
    sha.update(Uint8Array.from(nonce.match(/../g) || [], (h) => Number.parseInt(h, 16)));
    for (const range of ranges) sha.update(await read(entry.file, range.offset, range.offset + range.length));
    return sha.digest('hex');
  };

  // True when the file arrived without sending it; false when it must be uploaded (unknown content, failed proof…).
  const tryInstant = async (id, entry) => {
    try {
      dotnet.invokeMethodAsync('OnHashing', id, 0);
      const sha256 = await inTurn(() => hashFile(id, entry));
      return sha256 !== null && await dotnet.invokeMethodAsync('TryInstantAsync', id, sha256);
    } catch (error) {
      console.warn('instant upload skipped', error);
      return false;
    }
  };

  const join = (base, relative) => {
    const parts = [...base.split('/'), ...relative.split('/')].filter((p) => p.length > 0);
    return '/' + parts.join('/');
  };

  // A refusal goes to .NET as the server sent it (status and problem+json), to be put in the member's words there;
  // an upload that got no answer at all (the connection gone, after the retries) has status 0.
  const refusal = (error) => {
    const response = error && error.originalResponse;
    if (!response) return { status: 0, problem: null };
    const type = response.getHeader('Content-Type') || '';
    return { status: response.getStatus(), problem: type.includes('application/problem+json') ? response.getBody() : null };
  };

  const add = (file, relativeFolder) => {
    const id = nextId++;
    const target = join(folder, relativeFolder || '');
    let lastReport = 0;
    let sample = { time: performance.now(), bytes: 0 };
    let speed = 0;
    const upload = new tus.Upload(file, {
      endpoint,
      // A lost connection is retried; a refusal (4xx: quota, size, name) is not.
      retryDelays: [0, 1000, 3000, 5000, 10000],
      chunkSize: 64 * 1024 * 1024,
      metadata: { filename: file.name, folder: target, parents: 'true', filetype: file.type || 'application/octet-stream' },
      // The target folder is part of the fingerprint: the same file picked for two folders is two uploads, and a
      // reload resumes each where it stopped.
      fingerprint: (f) => Promise.resolve(['yunpan', target, f.name, f.type, f.size, f.lastModified].join('|')),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (sent) => {
        const now = performance.now();
        if (now - sample.time >= 500) {
          speed = ((sent - sample.bytes) * 1000) / (now - sample.time);
          sample = { time: now, bytes: sent };
        }
        if (now - lastReport >= 150 || sent === file.size) {
          lastReport = now;
          dotnet.invokeMethodAsync('OnProgress', id, sent, speed);
        }
      },
      // A resumed upload first asks the server how far it got (HEAD): that is where it picks up.
      onAfterResponse: (req, res) => {
        if (req.getMethod() === 'HEAD' && res.getStatus() >= 200 && res.getStatus() < 300) {
          dotnet.invokeMethodAsync('OnResumed', id, Number.parseInt(res.getHeader('Upload-Offset'), 10) || 0);
        }
      },
      onSuccess: () => {
        uploads.delete(id);
        dotnet.invokeMethodAsync('OnDone', id);
      },
      onError: (error) => {
        uploads.delete(id);
        const { status, problem } = refusal(error);
        dotnet.invokeMethodAsync('OnError', id, status, problem);
      },
    });
    const entry = { file, upload, canceled: false };
    uploads.set(id, entry);
    dotnet.invokeMethodAsync('OnAdded', id, file.name, target, file.size);
    upload.findPreviousUploads().then(async (previous) => {
      // An upload cut short resumes where it stopped; only a fresh large file is worth hashing first.
      if (previous.length > 0) {
        upload.resumeFromPreviousUpload(previous[0]);
      } else if (await dotnet.invokeMethodAsync('WorthHashing', id) && await tryInstant(id, entry)) {
        uploads.delete(id);
        return;
      }
      if (!entry.canceled) upload.start();
    });
  };

  const addAll = (files, relativeFolder) => {
    for (const file of files) {
      // Files from a folder picker carry their path inside the picked folder.
      const path = file.webkitRelativePath || '';
      const dir = path.includes('/') ? path.substring(0, path.lastIndexOf('/')) : (relativeFolder || '');
      add(file, dir);
    }
  };

  // Folders dropped from the desktop arrive as entries; walk them (readEntries answers in batches).
  const walk = (entry, dir) => new Promise((resolve) => {
    if (entry.isFile) {
      entry.file((file) => { add(file, dir); resolve(); }, () => resolve());
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      const sub = dir ? `${dir}/${entry.name}` : entry.name;
      const readBatch = () => reader.readEntries(async (entries) => {
        if (entries.length === 0) { resolve(); return; }
        for (const child of entries) await walk(child, sub);
        readBatch();
      }, () => resolve());
      readBatch();
    } else {
      resolve();
    }
  });

  const attach = (ref, filesInput, folderInput, dropZone, uploadsUrl) => {
    dotnet = ref;
    endpoint = new URL(uploadsUrl, document.baseURI).href;
    for (const input of [filesInput, folderInput]) {
      if (!input || input._yunpan) continue;
      input._yunpan = true;
      input.addEventListener('change', () => {
        addAll(Array.from(input.files));
        input.value = '';
      });
    }
    if (dropZone && !dropZone._yunpan) {
      dropZone._yunpan = true;
      dropZone.addEventListener('dragover', (e) => {
        e.preventDefault();
        dropZone.classList.add('yp-dropping');
      });
      dropZone.addEventListener('dragleave', () => dropZone.classList.remove('yp-dropping'));
      dropZone.addEventListener('drop', async (e) => {
        e.preventDefault();
        dropZone.classList.remove('yp-dropping');
        const items = Array.from(e.dataTransfer.items || []);
        const entries = items.map((i) => (i.webkitGetAsEntry ? i.webkitGetAsEntry() : null));
        if (entries.length > 0 && entries.every((x) => x)) {
          for (const entry of entries) await walk(entry, '');
        } else {
          addAll(Array.from(e.dataTransfer.files || []));
        }
      });
    }
  };

  return {
    attach,
    setFolder: (path) => { folder = path || '/'; },
    prove,
    pause: (id) => { const e = uploads.get(id); if (e) e.upload.abort(false); },
    resume: (id) => { const e = uploads.get(id); if (e) e.upload.start(); },
    cancel: (id) => {
      const e = uploads.get(id);
      uploads.delete(id);
      if (!e) return;
      // Stops hashing, and terminates the upload on the server, which frees the space it reserved against the quota.
      e.canceled = true;
      e.upload.abort(true).catch(() => {});
    },
  };
})();
