using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Drive;
using Yunpan.Contracts.Plans;

namespace Yunpan.Client;

/// <summary>
/// Typed client of the Yunpan REST API, shared by the CLI, the web app and the tests. Failures surface as
/// <see cref="YunpanApiException"/> carrying the server's error code.
/// </summary>
public sealed partial class YunpanClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpClient Http { get; } = http;

    /// <summary>Uses <paramref name="token"/> for every following call.</summary>
    public void UseToken(string token) => Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public Task<AccountCreated> RegisterAsync(RegisterRequest request, CancellationToken ct = default) =>
        SendAsync<AccountCreated>(HttpMethod.Post, "api/v1/auth/register", JsonContent.Create(request, options: Json), ct);

    /// <summary>Creates an access token with the member's credentials (HTTP Basic).</summary>
    public async Task<TokenCreated> CreateTokenAsync(string login, string password, string name, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/auth/tokens") { Content = JsonContent.Create(new CreateTokenRequest(name), options: Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{password}")));
        return await ReadAsync<TokenCreated>(await Http.SendAsync(request, ct), ct);
    }

    /// <summary>Browser sign-in: the server sets the session cookie (the browser keeps it; HttpClient elsewhere only with a cookie container).</summary>
    public Task<AccountCreated> SignInAsync(SignInRequest request, CancellationToken ct = default) =>
        SendAsync<AccountCreated>(HttpMethod.Post, "api/v1/auth/signin", JsonContent.Create(request, options: Json), ct);

    public Task SignOutAsync(CancellationToken ct = default) => SendAsync<object?>(HttpMethod.Post, "api/v1/auth/signout", null, ct);

    /// <summary>Creates an access token for the member already signed in (session or token), without the password.</summary>
    public Task<TokenCreated> CreateTokenAsync(CreateTokenRequest request, CancellationToken ct = default) =>
        SendAsync<TokenCreated>(HttpMethod.Post, "api/v1/auth/tokens", JsonContent.Create(request, options: Json), ct);

    public Task<TokenList> TokensAsync(CancellationToken ct = default) => SendAsync<TokenList>(HttpMethod.Get, "api/v1/auth/tokens", null, ct);

    public Task RevokeTokenAsync(Guid id, CancellationToken ct = default) => SendAsync<object?>(HttpMethod.Delete, $"api/v1/auth/tokens/{id}", null, ct);

    /// <summary>Adds an e-mail address to an account registered by phone (it never changes afterwards).</summary>
    public Task SetEmailAsync(string email, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Post, "api/v1/me/email", JsonContent.Create(new SetEmailRequest(email), options: Json), ct);

    public Task SendEmailCodeAsync(CancellationToken ct = default) => SendAsync<object?>(HttpMethod.Post, "api/v1/me/email/code", null, ct);

    public Task VerifyEmailAsync(string code, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Post, "api/v1/me/email/verify", JsonContent.Create(new CodeRequest(code), options: Json), ct);

    public Task SendPhoneCodeAsync(string phone, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Post, "api/v1/me/phone/code", JsonContent.Create(new PhoneRequest(phone), options: Json), ct);

    public Task BindPhoneAsync(string phone, string code, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Post, "api/v1/me/phone/verify", JsonContent.Create(new ConfirmPhoneRequest(phone, code), options: Json), ct);

    /// <summary>Unbinds the phone; the server refuses (<c>email_not_verified</c>) unless the e-mail address is verified .</summary>
    public Task UnbindPhoneAsync(CancellationToken ct = default) => SendAsync<object?>(HttpMethod.Delete, "api/v1/me/phone", null, ct);

    /// <summary>Forgotten password: a code to the e-mail address or phone number <paramref name="login"/> (the server
    /// answers alike whether or not an account has it).</summary>
    public Task SendPasswordResetCodeAsync(string login, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Post, "api/v1/auth/password/code", JsonContent.Create(new ResetCodeRequest(login), options: Json), ct);

    /// <summary>Forgotten password: a new one with the code that was sent (<c>invalid_code</c>, <c>weak_password</c>).</summary>
    public Task ResetPasswordAsync(ResetPasswordRequest request, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Post, "api/v1/auth/password/reset", JsonContent.Create(request, options: Json), ct);

    /// <summary>Sets a new password, giving the current one (<c>wrong_password</c>, <c>weak_password</c>).</summary>
    public Task ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Post, "api/v1/me/password", JsonContent.Create(new ChangePasswordRequest(currentPassword, newPassword), options: Json), ct);

    public Task<MeResponse> MeAsync(CancellationToken ct = default) => SendAsync<MeResponse>(HttpMethod.Get, "api/v1/me", null, ct);

    public Task<PlanList> PlansAsync(CancellationToken ct = default) => SendAsync<PlanList>(HttpMethod.Get, "api/v1/plans", null, ct);

    /// <summary>What buying a plan would cost and do now, including days converted from the running plan (P-3).</summary>
    public Task<PurchaseQuoteDto> QuoteAsync(string plan, string unit, int quantity, CancellationToken ct = default) =>
        SendAsync<PurchaseQuoteDto>(HttpMethod.Get, "api/v1/plans/quote" + Query(("plan", plan), ("unit", unit), ("quantity", quantity.ToString(System.Globalization.CultureInfo.InvariantCulture))), null, ct);

    public Task<OrderDto> CreateOrderAsync(CreateOrderRequest request, CancellationToken ct = default) =>
        SendAsync<OrderDto>(HttpMethod.Post, "api/v1/orders", JsonContent.Create(request, options: Json), ct);

    /// <summary>SANDBOX ONLY: fetches the simulated gateway's signed notice for an order and delivers it to the callback,
    /// as the gateway would once the member has paid.</summary>
    public async Task<PaymentNoticeResult> PayInSandboxAsync(string paymentUrl, CancellationToken ct = default)
    {
        var notice = await SendAsync<SandboxPaymentNotice>(HttpMethod.Get, paymentUrl.TrimStart('/'), null, ct);
        return await SendAsync<PaymentNoticeResult>(HttpMethod.Post, "api/v1/payments/sandbox/callback", JsonContent.Create(notice, options: Json), ct);
    }

    public Task<OrderList> OrdersAsync(CancellationToken ct = default) => SendAsync<OrderList>(HttpMethod.Get, "api/v1/orders", null, ct);

    public Task<InvoiceDto> RequestInvoiceAsync(Guid orderId, InvoiceRequestDto request, CancellationToken ct = default) =>
        SendAsync<InvoiceDto>(HttpMethod.Post, $"api/v1/orders/{orderId}/invoice", JsonContent.Create(request, options: Json), ct);

    public Task<InvoiceList> InvoicesAsync(CancellationToken ct = default) => SendAsync<InvoiceList>(HttpMethod.Get, "api/v1/invoices", null, ct);

    public Task<RewardsDto> RewardsAsync(CancellationToken ct = default) => SendAsync<RewardsDto>(HttpMethod.Get, "api/v1/rewards", null, ct);

    public Task<CheckInResult> CheckInAsync(CancellationToken ct = default) => SendAsync<CheckInResult>(HttpMethod.Post, "api/v1/rewards/check-in", null, ct);

    public Task<RedemptionResult> RedeemPointsAsync(CancellationToken ct = default) => SendAsync<RedemptionResult>(HttpMethod.Post, "api/v1/rewards/redeem", null, ct);

    public Task<TaskClaimResult> ClaimTaskAsync(string id, CancellationToken ct = default) =>
        SendAsync<TaskClaimResult>(HttpMethod.Post, $"api/v1/rewards/tasks/{Uri.EscapeDataString(id)}/claim", null, ct);

    public Task<InvitationDto> CreateInvitationAsync(CancellationToken ct = default) => SendAsync<InvitationDto>(HttpMethod.Post, "api/v1/rewards/invitations", null, ct);

    public Task<CapacityLedgerDto> CapacityAsync(CancellationToken ct = default) => SendAsync<CapacityLedgerDto>(HttpMethod.Get, "api/v1/capacity", null, ct);

    public Task<NodeDto> CreateFolderAsync(string path, bool parents = false, bool autorename = false, CancellationToken ct = default) =>
        SendAsync<NodeDto>(HttpMethod.Post, "api/v1/folders", JsonContent.Create(new CreateFolderRequest(path, parents, autorename), options: Json), ct);

    public Task<FolderListing> ListAsync(string path, string? sort = null, string? order = null, int? offset = null, int? limit = null, CancellationToken ct = default) =>
        SendAsync<FolderListing>(HttpMethod.Get, "api/v1/folders/" + DrivePaths.Encode(path) + Query(("sort", sort), ("order", order), ("offset", offset?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("limit", limit?.ToString(System.Globalization.CultureInfo.InvariantCulture))), null, ct);

    public Task<NodeDto> StatAsync(string path, CancellationToken ct = default) =>
        SendAsync<NodeDto>(HttpMethod.Get, "api/v1/stat/" + DrivePaths.Encode(path), null, ct);

    /// <summary>Plain upload (up to the server's simple-upload limit, 100 MB by default).</summary>
    public Task<NodeDto> UploadAsync(string path, Stream content, bool parents = false, bool autorename = false, CancellationToken ct = default)
    {
        var body = new StreamContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return SendAsync<NodeDto>(HttpMethod.Put, "api/v1/content/" + DrivePaths.Encode(path) + Query(("parents", parents ? "true" : null), ("autorename", autorename ? "true" : null)), body, ct);
    }

    /// <summary>Opens a download; the caller disposes the response. <paramref name="from"/> asks for a range.</summary>
    public async Task<HttpResponseMessage> DownloadAsync(string path, long? from = null, long? to = null, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/content/" + DrivePaths.Encode(path));
        if (from is not null)
        {
            request.Headers.Range = new RangeHeaderValue(from, to);
        }

        var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        await EnsureSuccessAsync(response, ct);
        return response;
    }

    /// <summary>
    /// Opens the zip of a folder ("/" for the whole drive), streamed as the server reads it; the caller disposes the
    /// response. VIP plans only: others get <c>folder_download_not_in_plan</c>.
    /// </summary>
    public async Task<HttpResponseMessage> DownloadFolderAsync(string path, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/archive/" + DrivePaths.Encode(path));
        var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        await EnsureSuccessAsync(response, ct);
        return response;
    }

    public Task DeleteAsync(string path, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Delete, "api/v1/content/" + DrivePaths.Encode(path), null, ct);

    public Task<NodeDto> MoveAsync(string from, string to, bool autorename = false, CancellationToken ct = default) =>
        SendAsync<NodeDto>(HttpMethod.Post, "api/v1/move", JsonContent.Create(new TransferRequest(from, to, autorename), options: Json), ct);

    public Task<NodeDto> CopyAsync(string from, string to, bool autorename = false, CancellationToken ct = default) =>
        SendAsync<NodeDto>(HttpMethod.Post, "api/v1/copy", JsonContent.Create(new TransferRequest(from, to, autorename), options: Json), ct);

    public Task<NodeDto> RenameAsync(string path, string name, bool autorename = false, CancellationToken ct = default) =>
        SendAsync<NodeDto>(HttpMethod.Post, "api/v1/rename", JsonContent.Create(new RenameRequest(path, name, autorename), options: Json), ct);

    public Task<SearchResults> SearchAsync(string query, int? offset = null, int? limit = null, CancellationToken ct = default) =>
        SendAsync<SearchResults>(HttpMethod.Get, "api/v1/search" + Query(("q", query), ("offset", offset?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("limit", limit?.ToString(System.Globalization.CultureInfo.InvariantCulture))), null, ct);

    public Task<VersionListing> VersionsAsync(string path, CancellationToken ct = default) =>
        SendAsync<VersionListing>(HttpMethod.Get, "api/v1/versions" + Query(("path", path)), null, ct);

    public Task<NodeDto> RestoreVersionAsync(Guid versionId, CancellationToken ct = default) =>
        SendAsync<NodeDto>(HttpMethod.Post, $"api/v1/versions/{versionId}/restore", null, ct);

    public Task<TrashListing> TrashAsync(CancellationToken ct = default) => SendAsync<TrashListing>(HttpMethod.Get, "api/v1/trash", null, ct);

    public Task<RestoredItem> RestoreAsync(Guid trashItemId, CancellationToken ct = default) =>
        SendAsync<RestoredItem>(HttpMethod.Post, $"api/v1/trash/{trashItemId}/restore", null, ct);

    public Task PurgeAsync(Guid trashItemId, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Delete, $"api/v1/trash/{trashItemId}", null, ct);

    public Task EmptyTrashAsync(CancellationToken ct = default) => SendAsync<object?>(HttpMethod.Delete, "api/v1/trash", null, ct);

    /// <summary>
    /// Asks to add content the server may already hold (instant upload). Throws <see cref="YunpanApiException"/> with
    /// code <c>content_unknown</c> when it does not: then upload the file normally.
    /// </summary>
    public Task<InstantUploadChallenge> StartInstantUploadAsync(StartInstantUploadRequest request, CancellationToken ct = default) =>
        SendAsync<InstantUploadChallenge>(HttpMethod.Post, "api/v1/instant-uploads", JsonContent.Create(request, options: Json), ct);

    /// <summary>Answers an instant-upload challenge (see <see cref="InstantUploadProof"/>); returns the new file.</summary>
    public Task<NodeDto> AnswerInstantUploadAsync(Guid challengeId, string answer, CancellationToken ct = default) =>
        SendAsync<NodeDto>(HttpMethod.Post, $"api/v1/instant-uploads/{challengeId}", JsonContent.Create(new AnswerChallengeRequest(answer), options: Json), ct);

    /// <summary>
    /// Adds a local file without sending it when the server already holds its content: hashes the file, asks, and
    /// answers the challenge from the file. Returns null when the server does not hold the content (upload it then).
    /// </summary>
    public async Task<NodeDto?> TryInstantUploadAsync(string path, string localFile, bool parents = false, bool autorename = false, CancellationToken ct = default)
    {
        var (sha256, size) = await InstantUploadProof.HashFileAsync(localFile, ct);
        InstantUploadChallenge challenge;
        try
        {
            challenge = await StartInstantUploadAsync(new StartInstantUploadRequest(path, size, sha256, parents, autorename), ct);
        }
        catch (YunpanApiException e) when (e.Code == Contracts.Errors.ErrorCodes.ContentUnknown)
        {
            return null;
        }

        return await AnswerInstantUploadAsync(challenge.Id, await InstantUploadProof.AnswerAsync(localFile, challenge, ct), ct);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string url, HttpContent? content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        return await ReadAsync<T>(await Http.SendAsync(request, ct), ct);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        using (response)
        {
            await EnsureSuccessAsync(response, ct);
            if (response.StatusCode == HttpStatusCode.NoContent || typeof(T) == typeof(object))
            {
                return default!;
            }

            return (await response.Content.ReadFromJsonAsync<T>(Json, ct))!;
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? await response.Content.ReadAsStringAsync(ct)
            : null;
        var retryAfter = response.Headers.RetryAfter is { } header
            ? header.Delta ?? header.Date - DateTimeOffset.UtcNow
            : null;
        var refusal = YunpanApiException.From(response.StatusCode, problem, response.ReasonPhrase ?? "The request failed.", retryAfter);
        response.Dispose();
        throw refusal;
    }

    private static string Query(params (string Name, string? Value)[] pairs)
    {
        var present = pairs.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return present.Count == 0 ? string.Empty : "?" + string.Join('&', present);
    }
}
