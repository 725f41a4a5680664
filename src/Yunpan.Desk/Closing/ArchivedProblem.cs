namespace Yunpan.Desk.Closing;

/// <summary>K-6: a closed complaint in the problem archive — what went wrong and what the team learned.</summary>
internal sealed class ArchivedProblem
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public required string CaseNumber { get; init; }

    public Guid? CategoryId { get; init; }

    public required string Subject { get; init; }

    public required string Summary { get; init; }

    public required string Lessons { get; init; }

    public DateTimeOffset ArchivedAt { get; init; }
}
