using System.Net.Http.Json;
using Yunpan.Contracts.Drive;
using Yunpan.Contracts.Plans;
using Yunpan.Contracts.Sharing;

namespace Yunpan.Client;

/// <summary>Sharing (S-1…S-12): the publisher's links, business-link traffic, save to drive and file express.</summary>
public sealed partial class YunpanClient
{
    public Task<ShareLinkDto> CreateShareAsync(CreateShareRequest request, CancellationToken ct = default) =>
        SendAsync<ShareLinkDto>(HttpMethod.Post, "api/v1/shares", JsonContent.Create(request, options: Json), ct);

    public Task<ShareListResponse> SharesAsync(CancellationToken ct = default) => SendAsync<ShareListResponse>(HttpMethod.Get, "api/v1/shares", null, ct);

    /// <summary>Replaces every setting of a link; what is left out is cleared.</summary>
    public Task<ShareLinkDto> UpdateShareAsync(Guid id, UpdateShareRequest request, CancellationToken ct = default) =>
        SendAsync<ShareLinkDto>(HttpMethod.Put, $"api/v1/shares/{id}", JsonContent.Create(request, options: Json), ct);

    public Task<ShareLinkDto> SetSharePasswordAsync(Guid id, string password, CancellationToken ct = default) =>
        SendAsync<ShareLinkDto>(HttpMethod.Put, $"api/v1/shares/{id}/password", JsonContent.Create(new SetSharePasswordRequest(password), options: Json), ct);

    public Task<ShareLinkDto> RemoveSharePasswordAsync(Guid id, CancellationToken ct = default) =>
        SendAsync<ShareLinkDto>(HttpMethod.Delete, $"api/v1/shares/{id}/password", null, ct);

    public Task RevokeShareAsync(Guid id, CancellationToken ct = default) => SendAsync<object?>(HttpMethod.Delete, $"api/v1/shares/{id}", null, ct);

    /// <summary>This month's business-link traffic (S-8).</summary>
    public Task<BusinessTrafficDto> BusinessTrafficAsync(CancellationToken ct = default) =>
        SendAsync<BusinessTrafficDto>(HttpMethod.Get, "api/v1/shares/business-traffic", null, ct);

    /// <summary>An order of extra business-link traffic, paid like a plan order.</summary>
    public Task<OrderDto> CreateTrafficOrderAsync(int gigabytes, CancellationToken ct = default) =>
        SendAsync<OrderDto>(HttpMethod.Post, "api/v1/orders/traffic", JsonContent.Create(new CreateTrafficOrderRequest(gigabytes), options: Json), ct);

    /// <summary>Save to my drive (S-4): copies a shared item into <see cref="SaveShareRequest.Folder"/>.</summary>
    public Task<NodeDto> SaveShareAsync(string token, SaveShareRequest request, CancellationToken ct = default) =>
        SendAsync<NodeDto>(HttpMethod.Post, $"api/v1/shared/{Uri.EscapeDataString(token)}/save", JsonContent.Create(request, options: Json), ct);

    public Task<ExpressDto> SendExpressAsync(SendExpressRequest request, CancellationToken ct = default) =>
        SendAsync<ExpressDto>(HttpMethod.Post, "api/v1/express", JsonContent.Create(request, options: Json), ct);

    public Task<ExpressList> ExpressInboxAsync(CancellationToken ct = default) => SendAsync<ExpressList>(HttpMethod.Get, "api/v1/express/inbox", null, ct);

    public Task<ExpressList> ExpressSentAsync(CancellationToken ct = default) => SendAsync<ExpressList>(HttpMethod.Get, "api/v1/express/sent", null, ct);

    public Task<ExpressDto> AcceptExpressAsync(Guid id, string folder, CancellationToken ct = default) =>
        SendAsync<ExpressDto>(HttpMethod.Post, $"api/v1/express/{id}/accept", JsonContent.Create(new AcceptExpressRequest(folder), options: Json), ct);

    public Task<ExpressDto> DeclineExpressAsync(Guid id, CancellationToken ct = default) =>
        SendAsync<ExpressDto>(HttpMethod.Post, $"api/v1/express/{id}/decline", null, ct);
}
