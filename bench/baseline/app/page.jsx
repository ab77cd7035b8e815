export default function Page() {
  return (
    <main>
      <h1>Trang trống</h1>
      <p>Một trang Next.js không có gì của trang tin: nền để so sánh.</p>
    </main>
  );
}
