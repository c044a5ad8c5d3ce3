using Depot.Core.Identity;
using Depot.Core.Organisations;

namespace Depot.Web.Api.Organisations;

/// <summary>An organisation and the caller's rights in it.</summary>
public sealed record OrganisationOutput(string Slug, string Name, OrganisationKind Kind, Address Address, OrganisationRole? Role, bool CanWrite, bool CanAdminister);
