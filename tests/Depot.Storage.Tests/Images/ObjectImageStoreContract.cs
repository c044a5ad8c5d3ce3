using Depot.Core;
using Depot.Core.History;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Demo;
using Depot.Storage.Images;
using Depot.Storage.Records;
using Depot.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Tests.Images;

/// <summary>Object images on SQLite and PostgreSQL: stored by content, checked by their bytes, kept to their organisation.</summary>
public sealed class ObjectImageStoreContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (ObjectImageStore Store, MediaFiles Files) Store(StoreWorld w, long maxBytes = 10 * 1024 * 1024)
    {
        var folder = Directory.CreateTempSubdirectory("depot-media-").FullName;
        var files = new MediaFiles(new MediaOptions { Directory = folder, MaxImageBytes = maxBytes }, w.Database.Target);
        return (new ObjectImageStore(w.Database, w.Records, files, TimeProvider.System), files);
    }

    private static Task<CollectionObject> ObjectAsync(StoreWorld w, string number, long? organisationId = null) =>
        w.Records.CreateAsync(organisationId ?? w.OrganisationId, new CollectionObject { ObjectNumber = number, Titles = [new Title("Kandelaar")] }, w.Registrar, Ct);

    private static MemoryStream Png(string text, int width = 64, int height = 48) => new(DemoPicture.Png(text, width, height));

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Upload_is_stored_by_its_hash_and_sets_HasImage_in_a_new_version(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (store, files) = Store(w);
        var o = await ObjectAsync(w, "2024.1");

        var added = await store.AddAsync(w.OrganisationId, o.Id, Png("kandelaar"), "voorzijde.png", "  Voorzijde ", w.Registrar, Ct);

        var image = Assert.IsType<ObjectImage>(added.Image);
        Assert.Null(added.Refusal);
        Assert.Equal(("image/png", 64, 48, "Voorzijde", "voorzijde.png", 0), (image.MediaType, image.Width, image.Height, image.Caption, image.FileName, image.Position));
        Assert.Equal($"{w.OrganisationId}/{image.Sha256[..2]}/{image.Sha256}.png", image.StoragePath);
        Assert.Equal(DemoPicture.Png("kandelaar", 64, 48), await File.ReadAllBytesAsync(files.FullPath(image.StoragePath), Ct));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(DemoPicture.Png("kandelaar", 64, 48))), image.Sha256);
        var stored = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct);
        Assert.True(stored.HasImage);
        Assert.Equal(2, stored.Version);
        await using var db = w.Database.CreateContext();
        var version = await db.RecordVersions.SingleAsync(v => v.RecordType == RecordType.Object && v.RecordId == o.Id && v.Version == 2, Ct);
        Assert.Equal((ChangeKind.Updated, ObjectImageStore.VersionNote), (version.Change, version.Note));
        // A second image leaves the object alone: HasImage was already set.
        await store.AddAsync(w.OrganisationId, o.Id, Png("achterzijde"), "achterzijde.png", "", w.Registrar, Ct);
        Assert.Equal(2, (await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct)).Version);
        Assert.Equal([0, 1], (await store.ListAsync(w.OrganisationId, o.Id, Ct)).Select(i => i.Position));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Equal_bytes_are_stored_once_and_not_added_twice_to_one_object(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (store, files) = Store(w);
        var first = await ObjectAsync(w, "2024.1");
        var second = await ObjectAsync(w, "2024.2");

        var a = await store.AddAsync(w.OrganisationId, first.Id, Png("zelfde"), "a.png", "", w.Registrar, Ct);
        var again = await store.AddAsync(w.OrganisationId, first.Id, Png("zelfde"), "b.png", "", w.Registrar, Ct);
        var b = await store.AddAsync(w.OrganisationId, second.Id, Png("zelfde"), "c.png", "", w.Registrar, Ct);

        Assert.True(again.Duplicate);
        Assert.Equal(a.Image!.Id, again.Image!.Id);
        Assert.Single(await store.ListAsync(w.OrganisationId, first.Id, Ct));
        Assert.NotEqual(a.Image.Id, b.Image!.Id);
        Assert.Equal(a.Image.StoragePath, b.Image.StoragePath);
        Assert.Single(Directory.GetFiles(files.Root, "*.png", SearchOption.AllDirectories));
        // Removing one keeps the shared file for the other.
        Assert.True(await store.RemoveAsync(w.OrganisationId, a.Image.Id, w.Registrar, Ct));
        Assert.True(File.Exists(files.FullPath(b.Image.StoragePath)));
        Assert.True(await store.RemoveAsync(w.OrganisationId, b.Image.Id, w.Registrar, Ct));
        Assert.False(File.Exists(files.FullPath(b.Image.StoragePath)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Images_are_reordered_captioned_held_back_and_removed(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (store, _) = Store(w);
        var o = await ObjectAsync(w, "2024.1");
        var ids = new List<long>();
        foreach (var name in new[] { "een", "twee", "drie" })
            ids.Add((await store.AddAsync(w.OrganisationId, o.Id, Png(name), name + ".png", name, w.Registrar, Ct)).Image!.Id);

        Assert.True(await store.ReorderAsync(w.OrganisationId, o.Id, [ids[2], ids[0]], Ct));
        Assert.Equal([ids[2], ids[0], ids[1]], (await store.ListAsync(w.OrganisationId, o.Id, Ct)).Select(i => i.Id));
        Assert.True(await store.MoveAsync(w.OrganisationId, ids[1], -1, Ct));
        Assert.Equal(["drie", "twee", "een"], (await store.ListAsync(w.OrganisationId, o.Id, Ct)).Select(i => i.Caption));
        Assert.True(await store.SetCaptionAsync(w.OrganisationId, ids[0], "Detail van de voet", Ct));
        Assert.True(await store.SetPublicAsync(w.OrganisationId, ids[2], false, Ct));
        var listed = await store.ListAsync(w.OrganisationId, o.Id, Ct);
        Assert.Equal("Detail van de voet", listed.Single(i => i.Id == ids[0]).Caption);
        Assert.False(listed.Single(i => i.Id == ids[2]).IsPublic);

        foreach (var id in ids) Assert.True(await store.RemoveAsync(w.OrganisationId, id, w.Registrar, Ct));
        Assert.Empty(await store.ListAsync(w.OrganisationId, o.Id, Ct));
        var stored = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct);
        Assert.False(stored.HasImage);
        Assert.Equal(3, stored.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Another_organisations_objects_and_images_are_out_of_reach(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (store, files) = Store(w);
        var (other, _) = await StoreWorld.AddOrganisationAsync(w.Database, "museum-b", Ct);
        var theirs = await ObjectAsync(w, "B.1", other);
        var image = (await store.AddAsync(other, theirs.Id, Png("b"), "b.png", "van B", w.Registrar, Ct)).Image!;

        await Assert.ThrowsAsync<RecordNotFoundException>(() => store.AddAsync(w.OrganisationId, theirs.Id, Png("a"), "a.png", "", w.Registrar, Ct));
        Assert.Null(await store.FindAsync(w.OrganisationId, image.Id, Ct));
        Assert.Empty(await store.ListAsync(w.OrganisationId, theirs.Id, Ct));
        Assert.False(await store.SetCaptionAsync(w.OrganisationId, image.Id, "overschreven", Ct));
        Assert.False(await store.SetPublicAsync(w.OrganisationId, image.Id, false, Ct));
        Assert.False(await store.MoveAsync(w.OrganisationId, image.Id, 1, Ct));
        Assert.False(await store.RemoveAsync(w.OrganisationId, image.Id, w.Registrar, Ct));
        var kept = await store.FindAsync(other, image.Id, Ct);
        Assert.Equal(("van B", true), (kept!.Caption, kept.IsPublic));
        Assert.Single(Directory.GetFiles(files.Root, "*.png", SearchOption.AllDirectories));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Bad_bytes_and_oversized_files_are_refused_and_leave_nothing_behind(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        // The limit sits just under a real picture's size, whatever the compressor makes of it.
        var picture = DemoPicture.Png("groot", 400, 300);
        var (store, files) = Store(w, maxBytes: picture.Length - 1);
        var o = await ObjectAsync(w, "2024.1");

        var text = await store.AddAsync(w.OrganisationId, o.Id, new MemoryStream("<html>geen afbeelding</html>"u8.ToArray()), "foto.jpg", "", w.Registrar, Ct);
        Assert.Equal(415, text.Refusal!.Status);
        Assert.Contains("JPEG, PNG, TIFF or WebP", text.Refusal.En, StringComparison.Ordinal);
        // A PNG signature with a broken header is no image either.
        var broken = await store.AddAsync(w.OrganisationId, o.Id, new MemoryStream([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]), "x.png", "", w.Registrar, Ct);
        Assert.Equal(415, broken.Refusal!.Status);
        var empty = await store.AddAsync(w.OrganisationId, o.Id, new MemoryStream(), "leeg.png", "", w.Registrar, Ct);
        Assert.Equal(400, empty.Refusal!.Status);
        var large = await store.AddAsync(w.OrganisationId, o.Id, new MemoryStream(picture), "groot.png", "", w.Registrar, Ct);
        Assert.Equal(413, large.Refusal!.Status);
        Assert.Contains("Depot:Media:MaxImageBytes", large.Refusal.En, StringComparison.Ordinal);

        Assert.Empty(await store.ListAsync(w.OrganisationId, o.Id, Ct));
        Assert.Empty(Directory.GetFiles(files.Root, "*", SearchOption.AllDirectories));
        Assert.False((await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct)).HasImage);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_file_name_with_folders_is_only_a_label_and_never_a_path(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (store, files) = Store(w);
        var o = await ObjectAsync(w, "2024.1");

        var image = (await store.AddAsync(w.OrganisationId, o.Id, Png("pad"), "../../../etc/passwd\0.png", "", w.Registrar, Ct)).Image!;
        var windows = (await store.AddAsync(w.OrganisationId, o.Id, Png("pad2"), "..\\..\\boot.ini", "", w.Registrar, Ct)).Image!;

        Assert.Equal("passwd.png", image.FileName);
        Assert.Equal("boot.ini", windows.FileName);
        foreach (var i in new[] { image, windows })
        {
            Assert.StartsWith($"{w.OrganisationId}/", i.StoragePath, StringComparison.Ordinal);
            Assert.StartsWith(files.Root + Path.DirectorySeparatorChar, files.FullPath(i.StoragePath), StringComparison.Ordinal);
        }
        Assert.Throws<InvalidOperationException>(() => files.FullPath("../buiten.png"));
        Assert.Equal(2, Directory.GetFiles(files.Root, "*.png", SearchOption.AllDirectories).Length);
    }
}
