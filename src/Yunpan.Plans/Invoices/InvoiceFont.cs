using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Yunpan.Plans.Invoices;

/// <summary>The typeface invoices are set in, found once. Buyers' names are mostly Chinese, so it must have CJK glyphs;
/// Skia embeds only the glyphs used, so the PDFs stay small.</summary>
internal sealed partial class InvoiceFont(IOptions<InvoicesOptions> options, ILogger<InvoiceFont> logger) : IDisposable
{
    private static readonly (string File, int Index)[] Candidates =
    [
        ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2), // face 2 is Simplified Chinese
        ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ];

    private readonly Lazy<SKTypeface> _typeface = new(() => Find(options.Value, logger));

    public SKTypeface Typeface => _typeface.Value;

    public void Dispose()
    {
        // The fallback is Skia's shared default typeface, which is not ours to dispose.
        if (_typeface.IsValueCreated && _typeface.Value != SKTypeface.Default)
        {
            _typeface.Value.Dispose();
        }
    }

    private static SKTypeface Find(InvoicesOptions options, ILogger logger)
    {
        var candidates = string.IsNullOrEmpty(options.FontFile) ? Candidates : [(options.FontFile, options.FontIndex)];
        foreach (var (file, index) in candidates)
        {
            if (File.Exists(file) && SKTypeface.FromFile(file, index) is { } typeface)
            {
                return typeface;
            }
        }

        NoCjkFont(logger, string.Join(", ", candidates.Select(c => c.File)));
        return SKTypeface.Default;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No CJK font for invoices at {Files}: Chinese text will not show. Install fonts-noto-cjk or set Invoices:FontFile")]
    private static partial void NoCjkFont(ILogger logger, string files);
}
