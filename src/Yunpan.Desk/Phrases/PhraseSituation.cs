namespace Yunpan.Desk.Phrases;

/// <summary>K-7: the situations the seeds give a standard reply for (seed 000 §2–§4, seed 002 一–五).</summary>
internal enum PhraseSituation
{
    Greeting,
    AskToRepeat,
    AskToWait,
    ThanksForWaiting,
    Apology,
    CannotHelp,
    CustomerUpset,
    ComplaintAboutStaff,
    ComplaintReceived,
    CallbackPromised,
    SuggestionReceived,
    PraiseReceived,
    CustomerThanks,
    CustomerApologises,
    ConfirmUnderstood,
    AnythingElse,
    NoResponse,
    OutOfScope,
    Closing,
}
