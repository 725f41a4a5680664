using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HelpCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "desk_help_articles",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "other");

            // Installations that imported the seed articles before there were categories: file them where the seed does.
            foreach (var (slug, category) in new[]
                     {
                         ("download-stuck", "downloads"), ("large-upload", "uploads"), ("upload-stops", "uploads"),
                         ("link-download", "sharing"), ("client-wont-start", "clients"), ("unbind-phone", "account"),
                     })
            {
                migrationBuilder.Sql($"UPDATE desk_help_articles SET Category = '{category}' WHERE Slug = '{slug}';");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Category",
                table: "desk_help_articles");
        }
    }
}
