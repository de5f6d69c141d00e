//! A bare Tauri app: one window and a static page that says when it is drawn, in the words
//! Design Lab's log uses, so the start-up benchmark times both the same way.

#[tauri::command]
fn first_screen_shown() {
    eprintln!("first screen ready");
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![first_screen_shown])
        .run(tauri::generate_context!())
        .expect("the bare app runs");
}
