using QRCoder;

namespace Yunpan.Sharing.Visits;

/// <summary>S-11: the link's address as a QR code (PNG), for phones to open the page.</summary>
internal static class LinkQrCode
{
    private const int PixelsPerModule = 8;

    public static byte[] Png(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(PixelsPerModule);
    }
}
