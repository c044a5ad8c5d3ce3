namespace Depot.Core.Procedures;

/// <summary>Toestandscontrole: who checked which objects when, the condition found and notes. No images yet.</summary>
public sealed class ConditionCheck : IProcedure
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public string Number { get; set; } = "";
    public DateOnly Date { get; set; }

    /// <summary>The checker as an agent, or else by name (<see cref="CheckerName"/>).</summary>
    public long? CheckerId { get; set; }
    public string CheckerName { get; set; } = "";

    /// <summary>Toestand: a concept from a condition thesaurus.</summary>
    public long? ConditionId { get; set; }
    public string Notes { get; set; } = "";
    public List<long> ObjectIds { get; set; } = [];

    /// <summary>Whether the objects' condition follows this check when it is their latest one.</summary>
    public bool UpdatesObjects { get; set; } = true;

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? ProcedureDate => Date;
}
