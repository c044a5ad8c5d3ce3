using Depot.Core.Validation;

namespace Depot.Core.Procedures;

/// <summary>The statuses a procedure may move to from each status; staying put (an edit) is always allowed.</summary>
public sealed class StatusFlow<TStatus>(IReadOnlyDictionary<TStatus, TStatus[]> next) where TStatus : struct, Enum
{
    public IReadOnlyList<TStatus> NextFrom(TStatus from) => next.TryGetValue(from, out var to) ? to : [];

    public bool CanMove(TStatus from, TStatus to) => EqualityComparer<TStatus>.Default.Equals(from, to) || NextFrom(from).Contains(to);

    /// <summary>An error for a move the flow does not allow, or none.</summary>
    public IEnumerable<FieldError> Check(TStatus from, TStatus to)
    {
        if (!CanMove(from, to))
            yield return new FieldError("status", "status.transition",
                $"De status kan niet van ‘{from}’ naar ‘{to}’ gaan.", $"The status cannot go from ‘{from}’ to ‘{to}’.");
    }
}
