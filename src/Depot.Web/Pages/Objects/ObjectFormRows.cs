using Depot.Core.Registration.Objects;

namespace Depot.Web.Pages.Objects;

public sealed class TitleRow
{
    public string? Text { get; set; }
    public TitleType Type { get; set; }
    public string? Language { get; set; } = "nl";

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

public sealed class MakerRow
{
    public long? AgentId { get; set; }
    public string? Role { get; set; }
    public string? Qualifier { get; set; }

    public bool IsBlank => AgentId is null;
}

/// <summary>A row that only points at an authority record: a material, technique, depicted person or place.</summary>
public sealed class RefRow
{
    public long? Id { get; set; }

    public bool IsBlank => Id is null;
}

public sealed class SubjectRow
{
    /// <summary>Hoofdmotief or afgebeeld onderwerp; depicted agents and places have their own rows.</summary>
    public SubjectKind Kind { get; set; } = SubjectKind.MainMotif;
    public long? Id { get; set; }

    public bool IsBlank => Id is null;
}

public sealed class DimensionRow
{
    public string? Type { get; set; }
    public string? Value { get; set; }
    public string? Unit { get; set; }
    public string? Part { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Type) && string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Part);
}

public sealed class InscriptionRow
{
    public string? Type { get; set; }
    public string? Text { get; set; }
    public string? Position { get; set; }
    public string? Language { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
