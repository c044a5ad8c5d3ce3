namespace Depot.Web.Images;

/// <summary>What <c>Pages/Shared/_IiifViewer.cshtml</c> needs: the manifest to show and the image shown without JavaScript.</summary>
public sealed record IiifViewerModel(string ManifestUrl, string FallbackSrc, string Alt, int Width, int Height);
