using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Invoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_invoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrderAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    Tax = table.Column<long>(type: "INTEGER", nullable: false),
                    Postage = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Batch = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_invoices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans_task_completions",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_task_completions", x => new { x.MemberId, x.TaskId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_invoices_Batch_RequestedAt",
                table: "plans_invoices",
                columns: new[] { "Batch", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_invoices_MemberId_RequestedAt",
                table: "plans_invoices",
                columns: new[] { "MemberId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_invoices_Number",
                table: "plans_invoices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_invoices_OrderId",
                table: "plans_invoices",
                column: "OrderId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans_invoices");

            migrationBuilder.DropTable(
                name: "plans_task_completions");
        }
    }
}
