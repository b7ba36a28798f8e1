// Opens the publikasi page (file://) in Debian's headless Chromium, gives it each PDF named
// on the command line as a dropped file would be, and prints one JSON object per PDF with
// what the page said. Any request that is not file:// fails the run (the page must not
// touch the network). Usage: node publikasi.mjs PAGE_DIR PDF...
import { chromium } from "playwright-core";
import { mkdtempSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pageDir, ...pdfs] = process.argv.slice(2);
const exe = process.env.CHROMIUM || "/usr/bin/chromium";
if (!existsSync(exe)) {
  console.error(`chromium is not installed at ${exe} (apt-get install chromium; scripts/test installs it)`);
  process.exit(3);
}
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "lkjip-chromium-")), {
  executablePath: exe,
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const outside = [];
try {
  const page = await browser.newPage();
  page.on("request", (r) => {
    if (!r.url().startsWith("file://")) outside.push(r.url());
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(resolve(pageDir, "index.html")).href);
  await page.waitForSelector("body[data-siap=ya], #hasil[data-jenis=rusak]", { timeout: 15000 });
  const head = await page.textContent("#buku small");
  // One through the file chooser, so that path is tried too.
  if (pdfs.length) {
    await (await page.$("#berkas")).setInputFiles(resolve(pdfs[0]));
    await page.waitForSelector("#hasil:not([data-jenis=''])", { timeout: 15000 });
    const jenis = await page.getAttribute("#hasil", "data-jenis");
    console.log(JSON.stringify({ file: pdfs[0], via: "input", head, jenis }));
  }
  for (const pdf of pdfs) {
    await page.evaluate(() => { document.getElementById("hasil").dataset.jenis = ""; });
    // Dropped on the page: the file arrives in a DataTransfer, as from the desktop.
    const b64 = readFileSync(resolve(pdf)).toString("base64");
    await page.evaluate(([data, name]) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type: "application/pdf" }));
      document.getElementById("zona").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, [b64, pdf.split("/").pop()]);
    await page.waitForSelector("#hasil:not([data-jenis=''])", { timeout: 15000 });
    const r = await page.evaluate(() => {
      const el = document.getElementById("hasil");
      return { jenis: el.dataset.jenis, revisi: el.dataset.revisi, teks: el.textContent };
    });
    console.log(JSON.stringify({ file: pdf, via: "drop", head, ...r }));
  }
  if (errors.length) throw new Error("page errors: " + errors.join("; "));
} finally {
  await browser.close();
}
if (outside.length) {
  console.error("the page made requests outside file://: " + outside.join(", "));
  process.exit(4);
}
