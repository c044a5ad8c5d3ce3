using Depot.Core;
using Depot.Storage.Merges;

namespace Depot.Web.Pages.Authorities;

/// <summary>What the "Samenvoegen" block on an authority page needs.</summary>
public sealed record MergeBox(string Org, RecordType Type, long Id, bool IsDeleted, bool CanWrite,
    IReadOnlyList<(long Id, string Label)> Candidates, IReadOnlyList<MergeRecord> Merges);
