using Yunpan.Contracts.Desk;
using Yunpan.Desk.Clocks;
using Yunpan.Desk.Context;

namespace Yunpan.Desk.Cases;

internal static class ComplaintForms
{
    /// <summary>The form as given, checked: what and when are required, the rest bounded.</summary>
    public static ComplaintForm From(ComplaintFormDto dto) => new()
    {
        Kind = dto.Kind is null ? ComplaintKind.Simple
            : WireNames.TryParse<ComplaintKind>(dto.Kind, out var kind) ? kind
            : throw DeskErrors.Invalid($"complaint.kind must be one of: {string.Join(", ", WireNames.All<ComplaintKind>())}."),
        AboutStaffId = dto.AboutStaffId,
        About = DeskText.Optional(dto.About, "complaint.about", 200),
        What = DeskText.Required(dto.What, "complaint.what", 4000),
        When = DeskText.Required(dto.When, "complaint.when", 100),
        Where = DeskText.Optional(dto.Where, "complaint.where", 200),
        ContactName = DeskText.Optional(dto.ContactName, "complaint.contactName", 100),
        ContactPhone = DeskText.Optional(dto.ContactPhone, "complaint.contactPhone", 32),
        ContactEmail = DeskText.Optional(dto.ContactEmail, "complaint.contactEmail", 254),
    };

    public static ComplaintFormDto ToDto(ComplaintForm form, bool masked) =>
        new(form.AboutStaffId, form.About, form.What, form.When, form.Where, form.ContactName,
            masked ? Masking.Phone(form.ContactPhone) : form.ContactPhone, masked ? Masking.Email(form.ContactEmail) : form.ContactEmail, form.Kind.Wire());
}
