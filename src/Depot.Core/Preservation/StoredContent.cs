namespace Depot.Core.Preservation;

/// <summary>
/// One content, stored once under its SHA-256 on every replica store, whoever ingested it. Files of
/// several organisations (or the same bytes twice) point here; the bytes are purged only when no
/// file that is not purged still points here.
/// </summary>
public sealed class StoredContent
{
    /// <summary>Lower-case hex SHA-256: the key on every store.</summary>
    public string Sha256 { get; set; } = "";
    public string Md5 { get; set; } = "";
    public long ByteLength { get; set; }
    public DateTimeOffset StoredAt { get; set; }

    /// <summary>Set when the bytes were removed from every store.</summary>
    public DateTimeOffset? PurgedAt { get; set; }
}

/// <summary>One copy of a content on one replica store, and what the last look at it found.</summary>
public sealed class ContentReplica
{
    public long Id { get; set; }
    public string Sha256 { get; set; } = "";

    /// <summary>The store's configured name (<c>local</c>, <c>s3</c>, …).</summary>
    public string Store { get; set; } = "";
    public ReplicaState State { get; set; } = ReplicaState.Present;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a fixity check last re-hashed this copy; null until the first audit.</summary>
    public DateTimeOffset? LastCheckedAt { get; set; }

    /// <summary>What the last check or repair said (e.g. the wrong hash found), for the dashboard.</summary>
    public string LastMessage { get; set; } = "";
}

public enum ReplicaState
{
    /// <summary>Written, and as far as anyone knows intact.</summary>
    Present,

    /// <summary>The last check found the copy absent and no good copy could replace it yet.</summary>
    Missing,

    /// <summary>The last check found other bytes and no good copy could replace them yet.</summary>
    Corrupt,

    /// <summary>Removed at purge.</summary>
    Purged,
}
