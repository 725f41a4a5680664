using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Yunpan.Core.Security;
using Yunpan.Drive.Previews;

namespace Yunpan.Drive.Endpoints;

/// <summary>Thumbnails of image files, rendered by the server (the web app's grid view and lightbox).</summary>
internal static class ThumbnailEndpoints
{
    private const string Prefix = "/api/v1/thumbnails";

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Content").RequireAuthorization();

        group.MapGet("/{**path}", async (HttpContext http, RenderThumbnail render, int? size, CancellationToken ct) =>
            {
                var thumbnail = await render.ExecuteAsync(http.MemberId(), RoutePath.From(http, Prefix), size ?? 256, ct);
                // The same path can hold other content later: the browser revalidates, and the ETag (content and
                // size) answers 304 without sending the picture again.
                http.Response.Headers.CacheControl = "private, no-cache";
                return TypedResults.PhysicalFile(thumbnail.File, "image/jpeg", entityTag: new EntityTagHeaderValue($"\"{thumbnail.ContentHash}-{thumbnail.Size}\""));
            })
            .WithName("Thumbnail")
            .WithSummary("A JPEG thumbnail of an image file, at most `size` pixels (64, 128, 256, 512 or 1024; default 256) on its longer side.")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }
}
