using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>A PDF opens in the preview (D-9): the browser's own viewer, fed from the content URL as an inline PDF.</summary>
public sealed class PdfPreviewTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task Opening_a_pdf_shows_it_inline_in_the_preview()
    {
        var (page, api) = await browser.SignedInAsync(Password);
        var pdf = Pdf("Yunpan manual");
        await api.UploadAsync("/manual.pdf", new MemoryStream(pdf));
        await page.ReloadAsync();

        var response = await page.RunAndWaitForResponseAsync(
            () => page.Locator("[data-testid=node-row][data-name='manual.pdf']").GetByTestId("node-open").ClickAsync(),
            r => r.Url.Contains("/api/v1/content/manual.pdf?inline=true", StringComparison.Ordinal));

        await Expect(page.GetByTestId("preview-pdf")).ToBeVisibleAsync();
        Assert.Equal(200, response.Status);
        var headers = await response.AllHeadersAsync();
        Assert.Equal("application/pdf", headers["content-type"]);
        Assert.StartsWith("inline", headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal(pdf.Length.ToString(CultureInfo.InvariantCulture), headers["content-length"]);
        await Browser.ScreenshotAsync(page, "preview-pdf");
    }

    /// <summary>A one-page PDF with a line of text, its cross-reference table pointing at each object.</summary>
    private static byte[] Pdf(string text)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {30 + text.Length} >>\nstream\nBT /F1 24 Tf 20 60 Td ({text}) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
