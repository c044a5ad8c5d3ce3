using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;

namespace Depot.Storage.Importing;

/// <summary>
/// Everything one import batch writes, in one transaction: the authorities its records need that
/// do not exist yet, new objects, updated objects, provenance rows and the checkpoint. New
/// authorities carry temporary negative ids (per kind) and the objects refer to those; the
/// writer gives them real ids and rewrites the references before the objects are written.
/// </summary>
public sealed class ImportBatch
{
    public List<ConceptScheme> NewSchemes { get; } = [];
    public List<Concept> NewConcepts { get; } = [];
    public List<Agent> NewAgents { get; } = [];
    public List<Place> NewPlaces { get; } = [];

    /// <summary>New objects: they go through the bulk path.</summary>
    public List<ImportWrite> Creates { get; } = [];

    /// <summary>Changed objects (<see cref="ImportWrite.ObjectId"/>): each a normal version through the record store.</summary>
    public List<ImportWrite> Updates { get; } = [];

    /// <summary>Records whose object already holds their content: only the provenance row is written.</summary>
    public List<ImportWrite> Touches { get; } = [];

    public bool IsEmpty => Creates.Count == 0 && Updates.Count == 0 && Touches.Count == 0
        && NewSchemes.Count == 0 && NewConcepts.Count == 0 && NewAgents.Count == 0 && NewPlaces.Count == 0;
}

/// <summary>
/// One record to write: its provenance key and content hash, the object (new content) and, for updates, the target id.
/// <paramref name="Undelete"/>: the target is deleted and comes back first (a harvested record the source sends again).
/// </summary>
public sealed record ImportWrite(string SourceKey, string ContentHash, CollectionObject Object, long ObjectId = 0, bool Undelete = false);

/// <summary>A record the batch wrote (created, updated or confirmed unchanged), for the caller's provenance.</summary>
public sealed record WrittenRecord(string SourceKey, long ObjectId, string ContentHash);

/// <summary>
/// The caller's step at the end of a batch, in its transaction (<see cref="RecordStore.RecordTransaction.Db"/>):
/// provenance rows and a checkpoint, or any further record writes that must commit with the batch.
/// </summary>
public delegate Task BatchCheckpoint(RecordStore.RecordTransaction transaction, IReadOnlyList<WrittenRecord> written, CancellationToken ct);

/// <summary>The run's totals after a batch, stored with its position so a resumed run continues the counts.</summary>
public sealed record ImportCheckpoint(long RunId, long Position, long Created, long Updated, long Unchanged, long Refused, long Warnings);
