using Yunpan.Desk.Context;

namespace Yunpan.Desk.Tests.Context;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("13800000199", "138****0199")]
    [InlineData("+8613990880199", "139****0199")]
    [InlineData("12345", "*****")]
    [InlineData("12345678", "****5678")]
    [InlineData("0101234567", "****4567")]
    [InlineData(null, null)]
    public void Phones_keep_the_first_three_and_last_four_digits_and_hide_at_least_four(string? phone, string? masked) => Assert.Equal(masked, Masking.Phone(phone));

    [Theory]
    [InlineData("zhang@example.com", "z***@example.com")]
    [InlineData("@example.com", "***")]
    [InlineData(null, null)]
    public void Emails_keep_the_first_letter_and_the_domain(string? email, string? masked) => Assert.Equal(masked, Masking.Email(email));
}
