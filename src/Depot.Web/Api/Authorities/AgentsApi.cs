using Depot.Core;
using Depot.Core.Registration.Authorities;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Authorities;

public sealed record AgentInput(
    AgentKind Kind, string? Name, DatingDto? Birth, DatingDto? Death, string? Note, IReadOnlyList<ExternalId>? ExternalIds,
    int? Version = null) : IRecordInput;

public sealed record AgentOutput(
    long Id, int Version, AgentKind Kind, string Name, DatingDto? Birth, DatingDto? Death, string Note, IReadOnlyList<ExternalId> ExternalIds,
    bool IsDeleted, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>People and organisations that made, owned or supplied objects.</summary>
public static class AgentsApi
{
    public static readonly RecordApi<Agent, AgentInput, AgentOutput> Descriptor = new()
    {
        Path = "agents",
        Name = "Agent",
        PluralName = "Agents",
        Tag = "Authorities",
        Type = RecordType.Agent,
        ToRecord = (i, _) => new Agent
        {
            Kind = i.Kind,
            Name = i.Name?.Trim() ?? "",
            Birth = DatingDto.ToDomain(i.Birth, "birth"),
            Death = DatingDto.ToDomain(i.Death, "death"),
            Note = i.Note ?? "",
            ExternalIds = [.. i.ExternalIds ?? []],
        },
        ToOutput = a => new AgentOutput(
            a.Id, a.Version, a.Kind, a.Name, DatingDto.From(a.Birth), DatingDto.From(a.Death), a.Note, a.ExternalIds,
            a.IsDeleted, a.CreatedAt, a.UpdatedAt, a.UpdatedBy),
    };
}
