using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Yunpan.WebDav.Protocol;

/// <summary>
/// Reads an XML request body defensively: a size limit before parsing, no DTD at all (which rules out external
/// entities — XXE — and entity expansion — "billion laughs"), no resolver, and a cap on the characters the parser
/// will produce.
/// </summary>
internal static class SafeXml
{
    /// <summary>The parsed body, or null when the request has none.</summary>
    /// <exception cref="DavException">400 for malformed or DTD-carrying XML, 413 beyond <paramref name="limit"/>.</exception>
    public static async Task<XDocument?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (!DavRequestBody.IsPresent(request))
        {
            return null;
        }

        if (request.ContentLength > limit)
        {
            throw new DavException(StatusCodes.Status413PayloadTooLarge, $"XML request bodies are limited to {limit} bytes.");
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new DavException(StatusCodes.Status413PayloadTooLarge, $"XML request bodies are limited to {limit} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return null;
        }

        buffer.Position = 0;
        return Parse(buffer, limit);
    }

    public static XDocument Parse(Stream stream, int limit)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 4L * limit,
            MaxCharactersFromEntities = 0,
            IgnoreProcessingInstructions = true,
            IgnoreComments = true,
            Async = false,
        };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new DavException(StatusCodes.Status400BadRequest, "The XML body is malformed or uses a DTD: " + e.Message);
        }
    }
}
