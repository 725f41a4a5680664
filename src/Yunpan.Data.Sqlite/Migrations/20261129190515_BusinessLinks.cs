using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BusinessLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsBusiness",
                table: "sharing_links",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "PromotionImageId",
                table: "sharing_links",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PromotionText",
                table: "sharing_links",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Product",
                table: "plans_orders",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Plan");

            migrationBuilder.AddColumn<long>(
                name: "TrafficBytes",
                table: "plans_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "sharing_business_traffic",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Used = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_business_traffic", x => new { x.OwnerId, x.Month });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sharing_business_traffic");

            migrationBuilder.DropColumn(
                name: "IsBusiness",
                table: "sharing_links");

            migrationBuilder.DropColumn(
                name: "PromotionImageId",
                table: "sharing_links");

            migrationBuilder.DropColumn(
                name: "PromotionText",
                table: "sharing_links");

            migrationBuilder.DropColumn(
                name: "Product",
                table: "plans_orders");

            migrationBuilder.DropColumn(
                name: "TrafficBytes",
                table: "plans_orders");
        }
    }
}
