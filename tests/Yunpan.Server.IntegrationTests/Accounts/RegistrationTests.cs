using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>A-1: POST /api/v1/auth/register with an e-mail address or a mobile number.</summary>
public sealed class RegistrationTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task Registering_with_an_email_creates_the_account()
    {
        using var http = factory.NewHttpClient();
        var email = NewEmail();

        var response = await RegisterAsync(http, email, null);

        Assert.Equal("/api/v1/me", response.Headers.Location?.OriginalString);
        var created = await ReadJsonAsync(response, HttpStatusCode.Created);
        Assert.Equal(email, created.GetProperty("email").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.GetProperty("phone").ValueKind);
        var id = created.GetProperty("id").GetGuid();
        Assert.NotEqual(Guid.Empty, id);

        var token = await ReadAsync<TokenCreated>(await CreateTokenAsync(http, email, Password), HttpStatusCode.Created);
        using var member = BearerClient(factory, token.Token);
        var me = await MeAsync(member);
        Assert.Equal(id, me.Id);
        Assert.Equal(email, me.Email);
        Assert.False(me.EmailVerified);
        Assert.Null(me.Phone);
    }

    [Fact]
    public async Task A_mainland_mobile_number_is_stored_in_E164_form_and_signs_in_in_any_form()
    {
        using var http = factory.NewHttpClient();
        var local = NewChinaMobile();

        var created = await ReadAsync<AccountCreated>(await RegisterAsync(http, null, local), HttpStatusCode.Created);

        Assert.Equal("+86" + local, created.Phone);
        Assert.Null(created.Email);
        foreach (var login in new[] { local, "+86" + local, $"+86 {local[..3]} {local[3..7]}-{local[7..]}" })
        {
            var token = await ReadAsync<TokenCreated>(await CreateTokenAsync(http, login, Password), HttpStatusCode.Created);
            using var member = BearerClient(factory, token.Token);
            var me = await MeAsync(member);
            Assert.Equal(created.Id, me.Id);
            Assert.Equal("+86" + local, me.Phone);
            Assert.False(me.PhoneVerified);
            Assert.Null(me.Email);
        }
    }

    [Fact]
    public async Task A_formatted_mainland_number_is_compacted()
    {
        using var http = factory.NewHttpClient();
        var local = NewChinaMobile();

        var created = await ReadAsync<AccountCreated>(
            await RegisterAsync(http, null, $" ({local[..3]}) {local[3..7]}-{local[7..]} "), HttpStatusCode.Created);

        Assert.Equal("+86" + local, created.Phone);
    }

    [Fact]
    public async Task An_international_number_with_a_plus_is_kept_in_E164_form()
    {
        using var http = factory.NewHttpClient();
        var digits = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

        var created = await ReadAsync<AccountCreated>(
            await RegisterAsync(http, null, $"+44 7700 9{digits[..2]} {digits[2..]}"), HttpStatusCode.Created);

        Assert.Equal($"+4477009{digits}", created.Phone);
        Assert.Equal(HttpStatusCode.Created, (await CreateTokenAsync(http, $"+4477009{digits}", Password)).StatusCode);
    }

    [Fact]
    public async Task Both_an_email_and_a_phone_are_refused_and_nothing_is_created()
    {
        using var http = factory.NewHttpClient();
        var email = NewEmail();
        var phone = NewChinaMobile();

        await AssertProblemAsync(await RegisterAsync(http, email, phone), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        await AssertProblemAsync(await CreateTokenAsync(http, email, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        await AssertProblemAsync(await CreateTokenAsync(http, phone, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        // Neither identifier was taken.
        await AssertStatusAsync(await RegisterAsync(http, email, null), HttpStatusCode.Created);
        await AssertStatusAsync(await RegisterAsync(http, null, phone), HttpStatusCode.Created);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("   ", null)]
    public async Task Neither_an_email_nor_a_phone_is_refused(string? email, string? phone)
    {
        using var http = factory.NewHttpClient();

        await AssertProblemAsync(await RegisterAsync(http, email, phone), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task A_missing_password_is_refused_and_nothing_is_created()
    {
        using var http = factory.NewHttpClient();
        var email = NewEmail();

        await AssertProblemAsync(await RegisterAsync(http, email, null, password: null), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await RegisterAsync(http, email, null, password: string.Empty), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        await AssertStatusAsync(await RegisterAsync(http, email, null), HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("plainaddress")]
    [InlineData("someone@localhost")]
    [InlineData("@example.com")]
    [InlineData("Someone <someone@example.com>")]
    [InlineData("two@at@example.com")]
    public async Task An_invalid_email_is_refused(string email)
    {
        using var http = factory.NewHttpClient();

        await AssertProblemAsync(await RegisterAsync(http, email, null), HttpStatusCode.BadRequest, ErrorCodes.InvalidEmail);
    }

    [Fact]
    public async Task An_overlong_email_is_refused()
    {
        using var http = factory.NewHttpClient();
        var email = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".com";

        await AssertProblemAsync(await RegisterAsync(http, email, null), HttpStatusCode.BadRequest, ErrorCodes.InvalidEmail);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("23800138000")]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("12800138000")]
    [InlineData("+0123456789")]
    [InlineData("+86 123")]
    [InlineData("phone")]
    public async Task An_invalid_phone_is_refused(string phone)
    {
        using var http = factory.NewHttpClient();

        await AssertProblemAsync(await RegisterAsync(http, null, phone), HttpStatusCode.BadRequest, ErrorCodes.InvalidPhone);
    }

    [Fact]
    public async Task A_weak_password_is_refused_and_nothing_is_created()
    {
        using var http = factory.NewHttpClient();
        var email = NewEmail();

        var problem = await AssertProblemAsync(await RegisterAsync(http, email, null, password: "short"), HttpStatusCode.BadRequest, ErrorCodes.WeakPassword);
        Assert.Contains("8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await AssertProblemAsync(await CreateTokenAsync(http, email, "short"), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        Assert.Empty(MailsTo(factory, email));
        await AssertStatusAsync(await RegisterAsync(http, email, null), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_weak_password_for_a_phone_is_refused_and_the_number_stays_free()
    {
        using var http = factory.NewHttpClient();
        var phone = NewChinaMobile();

        await AssertProblemAsync(await RegisterAsync(http, null, phone, password: "1234567"), HttpStatusCode.BadRequest, ErrorCodes.WeakPassword);

        await AssertStatusAsync(await RegisterAsync(http, null, phone), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_duplicate_email_is_refused_and_the_first_account_is_untouched()
    {
        using var http = factory.NewHttpClient();
        var email = NewEmail();
        await AssertStatusAsync(await RegisterAsync(http, email, null), HttpStatusCode.Created);

        await AssertProblemAsync(await RegisterAsync(http, email, null, password: "another long password"), HttpStatusCode.Conflict, ErrorCodes.AccountExists);

        await AssertProblemAsync(await CreateTokenAsync(http, email, "another long password"), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        await AssertStatusAsync(await CreateTokenAsync(http, email, Password), HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_email_differing_only_in_case_is_a_duplicate()
    {
        using var http = factory.NewHttpClient();
        var email = NewEmail();
        await AssertStatusAsync(await RegisterAsync(http, email, null), HttpStatusCode.Created);

        await AssertProblemAsync(await RegisterAsync(http, email.ToUpperInvariant(), null), HttpStatusCode.Conflict, ErrorCodes.AccountExists);
        await AssertProblemAsync(await RegisterAsync(http, "  " + email + "  ", null), HttpStatusCode.Conflict, ErrorCodes.AccountExists);
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_email_create_one_account()
    {
        var email = NewEmail();
        var clients = Enumerable.Range(0, 6).Select(_ => factory.NewHttpClient()).ToList();
        try
        {
            var responses = await Task.WhenAll(clients.Select(c => RegisterAsync(c, email, null)));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            {
                await AssertProblemAsync(refused, HttpStatusCode.Conflict, ErrorCodes.AccountExists);
            }
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_phone_create_one_account()
    {
        var phone = NewChinaMobile();
        var clients = Enumerable.Range(0, 6).Select(_ => factory.NewHttpClient()).ToList();
        try
        {
            var responses = await Task.WhenAll(clients.Select(c => RegisterAsync(c, null, phone)));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            {
                await AssertProblemAsync(refused, HttpStatusCode.Conflict, ErrorCodes.AccountExists);
            }
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task A_duplicate_phone_in_another_notation_is_refused()
    {
        using var http = factory.NewHttpClient();
        var phone = NewChinaMobile();
        var first = await ReadAsync<AccountCreated>(await RegisterAsync(http, null, phone), HttpStatusCode.Created);

        await AssertProblemAsync(await RegisterAsync(http, null, "+86" + phone, password: "another long password"), HttpStatusCode.Conflict, ErrorCodes.AccountExists);
        await AssertProblemAsync(await RegisterAsync(http, null, $"{phone[..3]} {phone[3..7]} {phone[7..]}"), HttpStatusCode.Conflict, ErrorCodes.AccountExists);

        var token = await ReadAsync<TokenCreated>(await CreateTokenAsync(http, phone, Password), HttpStatusCode.Created);
        using var member = BearerClient(factory, token.Token);
        Assert.Equal(first.Id, (await MeAsync(member)).Id);
        await AssertProblemAsync(await CreateTokenAsync(http, phone, "another long password"), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"email\": \"x@example.com\", \"password\": }")]
    [InlineData("{\"email\": 42, \"password\": \"correct horse battery\"}")]
    [InlineData("not json at all")]
    public async Task Malformed_json_is_refused(string body)
    {
        using var http = factory.NewHttpClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        await AssertProblemAsync(await http.PostAsync("/api/v1/auth/register", content), HttpStatusCode.BadRequest, ErrorCodes.MalformedJson);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_and_nothing_is_created()
    {
        using var http = factory.NewHttpClient();
        var email = NewEmail();
        var json = $"{{\"email\":\"{email}\",\"password\":\"{Password}\"}}";

        using (var plain = new StringContent(json, Encoding.UTF8, "text/plain"))
        {
            await AssertProblemAsync(await http.PostAsync("/api/v1/auth/register", plain), HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);
        }

        using (var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = Password }))
        {
            await AssertProblemAsync(await http.PostAsync("/api/v1/auth/register", form), HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);
        }

        await AssertProblemAsync(await CreateTokenAsync(http, email, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        using var proper = new StringContent(json, Encoding.UTF8, "application/json");
        await AssertStatusAsync(await http.PostAsync("/api/v1/auth/register", proper), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_refused()
    {
        using var http = factory.NewHttpClient();
        var email = NewEmail();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"{{\"email\":\"{email}\",\"password\":\"{Password}\"}}"));

        await AssertProblemAsync(await http.PostAsync("/api/v1/auth/register", content), HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);

        await AssertProblemAsync(await CreateTokenAsync(http, email, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task The_wrong_method_is_refused_with_405()
    {
        using var http = factory.NewHttpClient();

        var response = await http.GetAsync("/api/v1/auth/register");

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed, ErrorCodes.MethodNotAllowed);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task An_unknown_auth_route_is_not_found()
    {
        using var http = factory.NewHttpClient();

        await AssertProblemAsync(await http.PostAsync("/api/v1/auth/registr", null), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task An_empty_body_is_refused()
    {
        using var http = factory.NewHttpClient();
        using var empty = new StringContent(string.Empty, Encoding.UTF8, "application/json");

        await AssertProblemAsync(await http.PostAsync("/api/v1/auth/register", empty), HttpStatusCode.BadRequest, ErrorCodes.BadRequest);
    }
}
