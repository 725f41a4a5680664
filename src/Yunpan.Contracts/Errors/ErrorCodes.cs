namespace Yunpan.Contracts.Errors;

/// <summary>
/// Stable machine-readable codes carried in the <c>code</c> member of every problem+json response.
/// Clients switch on these; the human text beside them may change and is localized.
/// </summary>
public static class ErrorCodes
{
    // Generic protocol failures.
    public const string BadRequest = "bad_request";
    public const string MalformedJson = "malformed_json";
    public const string ValidationFailed = "validation_failed";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RequestTooLarge = "request_too_large";
    public const string RateLimited = "rate_limited";
    public const string PreconditionFailed = "precondition_failed";
    public const string RangeNotSatisfiable = "range_not_satisfiable";
    public const string InternalError = "internal_error";

    // Accounts.
    public const string RegistrationClosed = "registration_closed";
    public const string AccountExists = "account_exists";
    public const string InvalidEmail = "invalid_email";
    public const string InvalidPhone = "invalid_phone";
    public const string WeakPassword = "weak_password";
    public const string InvalidCredentials = "invalid_credentials";
    public const string WrongPassword = "wrong_password";
    public const string AccountLocked = "account_locked";
    public const string EmailImmutable = "email_immutable";
    public const string EmailNotVerified = "email_not_verified";
    public const string EmailAlreadyVerified = "email_already_verified";
    public const string NoEmail = "no_email";
    public const string NoPhone = "no_phone";
    public const string PhoneTaken = "phone_taken";
    public const string InvalidCode = "invalid_code";
    public const string TooManyCodes = "too_many_codes";

    // Drive.
    public const string InvalidPath = "invalid_path";
    public const string InvalidName = "invalid_name";
    public const string NameConflict = "name_conflict";
    public const string ParentNotFound = "parent_not_found";
    public const string NotAFolder = "not_a_folder";
    public const string NotAFile = "not_a_file";
    public const string RootImmutable = "root_immutable";
    public const string MoveIntoItself = "move_into_itself";
    public const string FileTooLarge = "file_too_large";
    public const string QuotaExceeded = "quota_exceeded";
    public const string IncompleteUpload = "incomplete_upload";
    public const string StorageFull = "storage_full";

    // Resumable uploads (tus).
    public const string UploadExpired = "upload_expired";
    public const string UploadOffsetMismatch = "upload_offset_mismatch";
    public const string ChecksumMismatch = "checksum_mismatch";
    public const string TusVersionUnsupported = "tus_version_unsupported";

    // Instant upload (D-4).
    public const string ContentUnknown = "content_unknown";
    public const string ChallengeFailed = "challenge_failed";
    public const string ChallengeExpired = "challenge_expired";
    public const string ChallengeUsed = "challenge_used";

    // Folder download (D-5).
    public const string FolderDownloadNotInPlan = "folder_download_not_in_plan";

    // Plans and orders (P-1…P-6).
    public const string PlanUnknown = "plan_unknown";
    public const string PlanNotForSale = "plan_not_for_sale";
    public const string PlanDowngrade = "plan_downgrade";
    public const string PlanNotGrantable = "plan_not_grantable";
    public const string PaymentUnavailable = "payment_unavailable";
    public const string PaymentRejected = "payment_rejected";
    public const string ShopOrderUsed = "shop_order_used";
    public const string BusinessLinksNotInPlan = "business_links_not_in_plan";

    // Points and rewards (R-1…R-4).
    public const string CheckedInToday = "checked_in_today";
    public const string PointsInsufficient = "points_insufficient";
    public const string RedeemedThisYear = "redeemed_this_year";
    public const string InvitationLimit = "invitation_limit";
    public const string TaskNotDone = "task_not_done";
    public const string TaskClaimed = "task_claimed";

    // Invoices (P-5).
    public const string OrderNotPaid = "order_not_paid";
    public const string InvoiceExists = "invoice_exists";

    // Previews
    public const string NotAnImage = "not_an_image";

    // Sharing (S-1…S-12).
    public const string LinkGone = "link_gone";
    public const string LinkLocked = "link_locked";
    public const string LinkPasswordNotInPlan = "link_password_not_in_plan";
    public const string LinkFeatureNotInPlan = "link_feature_not_in_plan";
    public const string LinkFileTooLarge = "link_file_too_large";
    public const string LinkBeyondPlan = "link_beyond_plan";
    public const string LinkSaveForbidden = "link_save_forbidden";
    public const string InvalidLinkPassword = "invalid_link_password";
    public const string SensitiveWords = "sensitive_words";
    public const string ParcelClosed = "parcel_closed";
    public const string BusinessTrafficUsedUp = "business_traffic_used_up";

    // Service desk (K-*).
    public const string BannedPhrase = "banned_phrase";
    public const string BannedPhraseExists = "banned_phrase_exists";
    public const string CaseTaken = "case_taken";
    public const string CaseClosed = "case_closed";
    public const string NotCaseOwner = "not_case_owner";
    public const string CaseNotResolved = "case_not_resolved";
    public const string TaskAlreadyFixed = "task_already_fixed";
    public const string HelpArticleExists = "help_article_exists";
    public const string CaseNotComplaint = "case_not_complaint";
    public const string CaseAlreadyEscalated = "case_already_escalated";
    public const string CaseResolved = "case_resolved";
    public const string IncidentAlreadyAnswered = "incident_already_answered";
}
