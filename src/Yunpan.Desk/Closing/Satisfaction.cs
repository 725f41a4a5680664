namespace Yunpan.Desk.Closing;

/// <summary>K-6 回访: the customer's answer to "are you satisfied with how we handled it?".</summary>
internal enum Satisfaction
{
    VerySatisfied,
    Satisfied,
    Neutral,
    Dissatisfied,
}
