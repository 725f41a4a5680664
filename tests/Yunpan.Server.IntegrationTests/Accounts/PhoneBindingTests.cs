using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>A-3: a phone is bound with a texted code and unbound only when the e-mail address is verified.</summary>
public sealed class PhoneBindingTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task A_texted_code_binds_the_phone()
    {
        var member = await NewEmailMemberAsync(factory);
        var phone = NewChinaMobile();

        Assert.Equal(HttpStatusCode.Accepted, (await SendCodeAsync(member, phone)).StatusCode);

        var message = Assert.Single(SmsTo(factory, "+86" + phone));
        Assert.Matches(@"^To: \+86\d{11}\n\n", File.ReadAllText(message));
        var code = LatestSmsCode(factory, "+86" + phone);
        Assert.Equal(HttpStatusCode.NoContent, (await ConfirmAsync(member, phone, code)).StatusCode);

        var me = await MeAsync(member.Http);
        Assert.Equal("+86" + phone, me.Phone);
        Assert.True(me.PhoneVerified);
        Assert.Equal(member.Email, me.Email);

        // The bound phone is now a login.
        using var http = factory.NewHttpClient();
        var token = await ReadAsync<TokenCreated>(await CreateTokenAsync(http, phone, Password), HttpStatusCode.Created);
        using var byPhone = BearerClient(factory, token.Token);
        Assert.Equal(member.Id, (await MeAsync(byPhone)).Id);
    }

    [Fact]
    public async Task The_number_may_be_given_in_any_notation()
    {
        var member = await NewEmailMemberAsync(factory);
        var phone = NewChinaMobile();

        Assert.Equal(HttpStatusCode.Accepted, (await SendCodeAsync(member, $"+86 {phone[..3]} {phone[3..7]} {phone[7..]}")).StatusCode);
        var code = LatestSmsCode(factory, "+86" + phone);
        Assert.Equal(HttpStatusCode.NoContent, (await ConfirmAsync(member, phone, code)).StatusCode);

        Assert.Equal("+86" + phone, (await MeAsync(member.Http)).Phone);
    }

    [Fact]
    public async Task A_wrong_code_binds_nothing()
    {
        var member = await NewEmailMemberAsync(factory);
        var phone = NewChinaMobile();
        await AssertStatusAsync(await SendCodeAsync(member, phone), HttpStatusCode.Accepted);
        var right = LatestSmsCode(factory, "+86" + phone);

        await AssertProblemAsync(await ConfirmAsync(member, phone, WrongCode(right)), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);
        await AssertProblemAsync(await ConfirmAsync(member, phone, " "), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);

        var me = await MeAsync(member.Http);
        Assert.Null(me.Phone);
        Assert.False(me.PhoneVerified);
        using var http = factory.NewHttpClient();
        await AssertProblemAsync(await CreateTokenAsync(http, phone, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task A_code_sent_to_one_number_does_not_bind_another()
    {
        var member = await NewEmailMemberAsync(factory);
        var texted = NewChinaMobile();
        var other = NewChinaMobile();
        await AssertStatusAsync(await SendCodeAsync(member, texted), HttpStatusCode.Accepted);

        await AssertProblemAsync(await ConfirmAsync(member, other, LatestSmsCode(factory, "+86" + texted)), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);

        Assert.Null((await MeAsync(member.Http)).Phone);
    }

    [Fact]
    public async Task A_code_sent_for_one_member_does_not_bind_the_number_to_another()
    {
        var alice = await NewEmailMemberAsync(factory);
        var mallory = await NewEmailMemberAsync(factory);
        var phone = NewChinaMobile();
        await AssertStatusAsync(await SendCodeAsync(alice, phone), HttpStatusCode.Accepted);
        var alicesCode = LatestSmsCode(factory, "+86" + phone);

        await AssertProblemAsync(await ConfirmAsync(mallory, phone, alicesCode), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);

        Assert.Null((await MeAsync(mallory.Http)).Phone);
        Assert.Equal(HttpStatusCode.NoContent, (await ConfirmAsync(alice, phone, alicesCode)).StatusCode);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("")]
    [InlineData("+0123456789")]
    public async Task An_invalid_number_is_refused_and_nothing_is_sent(string phone)
    {
        var member = await NewEmailMemberAsync(factory);
        var before = AllTextMessages();

        await AssertProblemAsync(await SendCodeAsync(member, phone), HttpStatusCode.BadRequest, ErrorCodes.InvalidPhone);
        await AssertProblemAsync(await ConfirmAsync(member, phone, "123456"), HttpStatusCode.BadRequest, ErrorCodes.InvalidPhone);

        Assert.Null((await MeAsync(member.Http)).Phone);
        Assert.Equal(before, AllTextMessages());
    }

    [Fact]
    public async Task A_number_registered_by_another_account_is_taken()
    {
        var owner = await NewPhoneMemberAsync(factory);
        var member = await NewEmailMemberAsync(factory);
        var local = owner.Phone!["+86".Length..];
        var sentBefore = SmsTo(factory, owner.Phone!).Count;

        await AssertProblemAsync(await SendCodeAsync(member, local), HttpStatusCode.Conflict, ErrorCodes.PhoneTaken);
        await AssertProblemAsync(await ConfirmAsync(member, local, "123456"), HttpStatusCode.Conflict, ErrorCodes.PhoneTaken);

        Assert.Equal(sentBefore, SmsTo(factory, owner.Phone!).Count);
        Assert.Null((await MeAsync(member.Http)).Phone);
        Assert.Equal(owner.Phone, (await MeAsync(owner.Http)).Phone);
    }

    [Fact]
    public async Task A_number_bound_by_another_account_is_taken()
    {
        var first = await NewEmailMemberAsync(factory);
        var second = await NewEmailMemberAsync(factory);
        var phone = NewChinaMobile();
        await BindAsync(first, phone);

        await AssertProblemAsync(await SendCodeAsync(second, phone), HttpStatusCode.Conflict, ErrorCodes.PhoneTaken);

        // Nor can anyone register with it.
        using var http = factory.NewHttpClient();
        await AssertProblemAsync(await RegisterAsync(http, null, phone), HttpStatusCode.Conflict, ErrorCodes.AccountExists);
        Assert.Equal("+86" + phone, (await MeAsync(first.Http)).Phone);
    }

    [Fact]
    public async Task A_number_bound_after_the_code_was_sent_is_taken_at_confirmation()
    {
        var early = await NewEmailMemberAsync(factory);
        var late = await NewEmailMemberAsync(factory);
        var phone = NewChinaMobile();
        await AssertStatusAsync(await SendCodeAsync(late, phone), HttpStatusCode.Accepted);
        var lateCode = LatestSmsCode(factory, "+86" + phone);
        await BindAsync(early, phone);

        await AssertProblemAsync(await ConfirmAsync(late, phone, lateCode), HttpStatusCode.Conflict, ErrorCodes.PhoneTaken);

        Assert.Null((await MeAsync(late.Http)).Phone);
        Assert.Equal("+86" + phone, (await MeAsync(early.Http)).Phone);
    }

    [Fact]
    public async Task Concurrent_confirmations_of_one_number_bind_it_to_one_account()
    {
        var members = new List<AccountsMember>();
        for (var i = 0; i < 4; i++)
        {
            members.Add(await NewEmailMemberAsync(factory));
        }

        var phone = NewChinaMobile();
        var codes = new List<string>();
        foreach (var member in members)
        {
            await AssertStatusAsync(await SendCodeAsync(member, phone), HttpStatusCode.Accepted);
            codes.Add(LatestSmsCode(factory, "+86" + phone));
        }

        var responses = await Task.WhenAll(members.Select((m, i) => ConfirmAsync(m, phone, codes[i])));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.NoContent))
        {
            await AssertProblemAsync(refused, HttpStatusCode.Conflict, ErrorCodes.PhoneTaken);
        }

        var phones = new List<string?>();
        foreach (var member in members)
        {
            phones.Add((await MeAsync(member.Http)).Phone);
        }

        Assert.Single(phones, p => p == "+86" + phone);
    }

    [Fact]
    public async Task Unbinding_is_refused_while_the_email_is_unverified()
    {
        var member = await NewEmailMemberAsync(factory);
        var phone = NewChinaMobile();
        await BindAsync(member, phone);

        await AssertProblemAsync(await member.Http.DeleteAsync("/api/v1/me/phone"), HttpStatusCode.Conflict, ErrorCodes.EmailNotVerified);

        Assert.Equal("+86" + phone, (await MeAsync(member.Http)).Phone);
        using var http = factory.NewHttpClient();
        await AssertStatusAsync(await CreateTokenAsync(http, phone, Password), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Unbinding_works_once_the_email_is_verified_and_frees_the_number()
    {
        var member = await NewEmailMemberAsync(factory);
        var phone = NewChinaMobile();
        Assert.Equal(HttpStatusCode.NoContent, (await member.Http.PostAsJsonAsync("/api/v1/me/email/verify", new { code = LatestMailCode(factory, member.Email!) }, Json)).StatusCode);
        await BindAsync(member, phone);

        Assert.Equal(HttpStatusCode.NoContent, (await member.Http.DeleteAsync("/api/v1/me/phone")).StatusCode);

        var me = await MeAsync(member.Http);
        Assert.Null(me.Phone);
        Assert.False(me.PhoneVerified);
        using var http = factory.NewHttpClient();
        await AssertProblemAsync(await CreateTokenAsync(http, phone, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        await AssertProblemAsync(await member.Http.DeleteAsync("/api/v1/me/phone"), HttpStatusCode.Conflict, ErrorCodes.NoPhone);
        await AssertStatusAsync(await RegisterAsync(http, null, phone), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_phone_member_without_an_email_cannot_unbind()
    {
        var member = await NewPhoneMemberAsync(factory);

        await AssertProblemAsync(await member.Http.DeleteAsync("/api/v1/me/phone"), HttpStatusCode.Conflict, ErrorCodes.EmailNotVerified);

        Assert.Equal(member.Phone, (await MeAsync(member.Http)).Phone);
    }

    [Fact]
    public async Task A_phone_member_with_an_unverified_email_cannot_unbind_but_with_a_verified_one_can()
    {
        var member = await NewPhoneMemberAsync(factory);
        var email = NewEmail();
        Assert.Equal(HttpStatusCode.NoContent, (await member.Http.PostAsJsonAsync("/api/v1/me/email", new { email }, Json)).StatusCode);

        await AssertProblemAsync(await member.Http.DeleteAsync("/api/v1/me/phone"), HttpStatusCode.Conflict, ErrorCodes.EmailNotVerified);
        Assert.Equal(member.Phone, (await MeAsync(member.Http)).Phone);

        Assert.Equal(HttpStatusCode.NoContent, (await member.Http.PostAsJsonAsync("/api/v1/me/email/verify", new { code = LatestMailCode(factory, email) }, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await member.Http.DeleteAsync("/api/v1/me/phone")).StatusCode);

        var me = await MeAsync(member.Http);
        Assert.Null(me.Phone);
        Assert.Equal(email, me.Email);
        using var http = factory.NewHttpClient();
        await AssertStatusAsync(await CreateTokenAsync(http, email, Password), HttpStatusCode.Created);
        await AssertProblemAsync(await CreateTokenAsync(http, member.Phone!, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task A_phone_member_can_verify_a_new_number_in_place_of_the_old()
    {
        var member = await NewPhoneMemberAsync(factory);
        var replacement = NewChinaMobile();

        await BindAsync(member, replacement);

        var me = await MeAsync(member.Http);
        Assert.Equal("+86" + replacement, me.Phone);
        Assert.True(me.PhoneVerified);
        using var http = factory.NewHttpClient();
        await AssertProblemAsync(await CreateTokenAsync(http, member.Phone!, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        await AssertStatusAsync(await CreateTokenAsync(http, replacement, Password), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Phone_endpoints_need_authentication()
    {
        using var anonymous = factory.NewHttpClient();

        await AssertProblemAsync(await anonymous.PostAsJsonAsync("/api/v1/me/phone/code", new { phone = NewChinaMobile() }, Json), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        await AssertProblemAsync(await anonymous.PostAsJsonAsync("/api/v1/me/phone/verify", new { phone = NewChinaMobile(), code = "123456" }, Json), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        await AssertProblemAsync(await anonymous.DeleteAsync("/api/v1/me/phone"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    private int AllTextMessages()
    {
        var folder = Path.Combine(factory.DataDirectory, "sms");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
    }

    private async Task BindAsync(AccountsMember member, string phone)
    {
        await AssertStatusAsync(await SendCodeAsync(member, phone), HttpStatusCode.Accepted);
        await AssertStatusAsync(await ConfirmAsync(member, phone, LatestSmsCode(factory, "+86" + phone)), HttpStatusCode.NoContent);
    }

    private static Task<HttpResponseMessage> SendCodeAsync(AccountsMember member, string phone) =>
        member.Http.PostAsJsonAsync("/api/v1/me/phone/code", new { phone }, Json);

    private static Task<HttpResponseMessage> ConfirmAsync(AccountsMember member, string phone, string code) =>
        member.Http.PostAsJsonAsync("/api/v1/me/phone/verify", new { phone, code }, Json);
}
